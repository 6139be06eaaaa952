// The words of `ebz init`'s questions and of the wizard's own checks (names, going back, drafts), zh and en.
import type { Localized } from '../i18n/index.js';

export const INIT_WORDS = {
  city: { zh: '本市名称（如 乌海市）', en: 'City (e.g. 乌海市)' },
  title: { zh: '工作名称', en: 'Title of the campaign' },
  office: { zh: '发文机关（领导小组办公室）', en: 'Issuing office' },
  start: { zh: '建标阶段开始日期（YYYY-MM-DD），各阶段和截止日期据此推算', en: 'Start of the build phase (YYYY-MM-DD); the schedule follows from it' },
  startRange: { zh: '应在 2000-01-01 到 {latest} 之间。', en: 'Must be from 2000-01-01 to {latest}.' },
  oneLine: { zh: '请写在一行内。', en: 'Keep it on one line.' },
} satisfies Record<string, Localized>;

export const SESSION_WORDS = {
  backHint: { zh: '（输入 < 返回上一项修改）', en: ' (type < to go back to the previous question)' },
  resume: { zh: '上次 ebz new {kind}{unit} 未填完，已保存 {count} 项回答（{saved}）。是否接着填写？', en: 'ebz new {kind}{unit} was left unfinished with {count} answers ({saved}). Carry on from there?' },
  signerMismatch: { zh: '审签人“{by}”与 unit.yaml 不符：{date} 在任的{who}是{expected}。怎么办？', en: 'The approver "{by}" is not who unit.yaml names: on {date} {who} is {expected}. What now?' },
  fixSigner: { zh: '改填审签人（应为{expected}）', en: 'Change the approver (it should be {expected})' },
  backToDate: { zh: '返回修改审签日期', en: 'Go back and change the approval date' },
  stop: { zh: '先停下：已填内容保存为草稿，更新 unit.yaml（或名单）后再运行本命令接着填写', en: 'Stop here: the answers are kept as a draft; update unit.yaml (or the roster), then run this again to carry on' },
} satisfies Record<string, Localized>;

/** What a person's name may not hold: a title after a colon, or a second name after a comma. */
export const NAME_WORDS = {
  separator: { zh: '姓名中不能有“{sign}”。请只写姓名，如“{name}”；职务在另一项填写。', en: 'A name cannot hold "{sign}". Write the name alone, e.g. "{name}"; the title has its own question.' },
} satisfies Record<string, Localized>;
