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
