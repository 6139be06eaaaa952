// placeholder-text and future-date: what a clerk writes is real, and nothing is dated after today.
import type { FileKind } from '../model/types.js';
import type { SourceFile } from '../load/source.js';
import { forEachValueAt } from './paths.js';
import { lines, type CampaignRule, type UnitRule } from './types.js';

const MEASURE_TEXTS = ['title', 'deliverable', 'responsible.unit', 'responsible.person'];

/** The texts of each kind that must say something real. */
const REQUIRED_TEXTS: Partial<Record<FileKind, string[]>> = {
  unit: ['name', 'principal.name', 'leader_in_charge.name', 'principal.*.name', 'leader_in_charge.*.name'],
  benchmark: [
    'target.region',
    'target.counterpart',
    'highlights.*.region',
    'highlights.*.counterpart',
    'highlights.*.topic',
    'principles.advanced',
    'principles.comparable',
    'principles.targeted',
    'indicators.*.name',
    'learning.*',
    'approval.by',
  ],
  research: ['contact.channel', 'trips.*.destination', 'trips.*.findings'],
  plan: [
    'gaps.*.description',
    'gaps.*.cause',
    'objectives.*',
    'deployment',
    ...MEASURE_TEXTS.map((t) => `measures.*.${t}`),
    'measures.*.dropped.reason',
    'approval.by',
    'revisions.*.summary',
    'revisions.*.approval.by',
  ],
  progress: ['measures.*.blocker'],
  annual: ['measures.*.blocker', 'learned.*.title', 'learned.*.summary', ...MEASURE_TEXTS.map((t) => `new_measures.*.${t}`), 'new_indicators.*.name', 'achievements.*.title', 'achievements.*.description'],
};

const PLACEHOLDER_WORDS = new Set(['待定', '暂无', '无', '略', '同上', '待补充', '待填', '未定', '不详', 'tbd', 'todo', 'n/a', 'na', 'none', 'null']);
/** 某某, XX科 (not a word such as XXL), ××, ……, TODO, TBD, or nothing but dashes and dots: one pattern, one pass. */
const PLACEHOLDER_PATTERN = /某某|(?<![A-Za-z])(?:XX+|xxx+)(?![A-Za-z])|××|……|\b[Tt][Oo][Dd][Oo]\b|\b[Tt][Bb][Dd]\b|^[\s\-—_.。…·]*$/;
/** A character every stand-in of the pattern but the last needs: without one, only the last can match. */
const MAY_BE_PLACEHOLDER = /[某Xx×…Tt]/;
const ONLY_DASHES = /^[\s\-—_.。…·]*$/;

/** Brackets, quotes and punctuation a stand-in may be wrapped in: （待定）, 待补充。, [TBD], “无”. */
const WRAPPER = `[\\s\u3000()（）[\\]【】〔〕{}<>《》〈〉「」『』"'“”‘’。，、；：！？.,;:!?…—\\-_·]`;
const WRAPPING = new RegExp(`^${WRAPPER}+|${WRAPPER}+$`, 'g');
const WRAPPED = new RegExp(`^${WRAPPER}|${WRAPPER}$`);

/** True when a text is a stand-in for what should be written: 待定, （暂无）, 无。, XX科, ……. */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  if (WRAPPED.test(trimmed) && PLACEHOLDER_WORDS.has(lower.replace(WRAPPING, ''))) return true;
  // Most texts hold none of the characters a stand-in is made of: one scan settles them.
  return MAY_BE_PLACEHOLDER.test(trimmed) ? PLACEHOLDER_PATTERN.test(trimmed) : ONLY_DASHES.test(trimmed);
}

export const placeholderText: UnitRule = {
  id: 'placeholder-text',
  scope: 'unit',
  severity: 'error',
  clause: '三(二)2',
  description: {
    zh: '必填的文字内容是占位词：待定、暂无、无、略、同上、XX、××、某某、TBD、TODO、……等。',
    en: 'A required text is a placeholder: 待定, 暂无, 无, 略, 同上, XX, ××, 某某, TBD, TODO, …….',
  },
  messages: {
    placeholder: {
      zh: '“{value}”是占位内容，不是实际内容。实施方案要求目标、措施、责任、成果明确，请填写具体内容。',
      en: '"{value}" is a placeholder, not content. The plan must be specific; write what is meant.',
    },
  },
  explain: {
    why: {
      zh: '“待定”“XX科”“某某”等占位内容说明事项尚未落实，责任无人承担、成果无法检验，不符合“六个明确”的要求。',
      en: 'Placeholders such as 待定, XX科 or 某某 show that nothing has been settled: no one is responsible and nothing can be checked, which the "six clears" rule out.',
    },
    fix: {
      zh: '将占位内容改为实际内容：责任科室、责任人写具体名称和姓名，预期成果写具体文件或数量。确实尚未确定的，应确定后再报送。',
      en: 'Replace the placeholder with the real thing: name the responsible office and person, and state the deliverable as a document or a number. If something is not yet decided, decide it before submitting.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '    responsible: { unit: 待定, person: 某某 }   # ← 占位内容'),
    right: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '    responsible: { unit: 项目科, person: 赵六 }'),
  },
  check({ unit, report }) {
    const files: SourceFile[] = [unit.profile, unit.benchmark, unit.research, unit.plan, ...unit.progress, ...unit.annual]
      .filter((doc) => doc !== undefined)
      .map((doc) => doc.file);
    for (const file of files) {
      for (const pattern of REQUIRED_TEXTS[file.kind] ?? []) {
        forEachValueAt(file.data, pattern, (value, path) => {
          if (typeof value !== 'string' || !isPlaceholder(value)) return;
          // A blank blocker is blocked-without-reason's to report.
          if (pattern.endsWith('.blocker') && value.trim() === '') return;
          report({ source: file, path: path() }, 'placeholder', { value });
        });
      }
    }
  },
};

/** The dates of each kind that record something that has happened (never a due date). */
const EVENT_DATES: Partial<Record<FileKind, string[]>> = {
  benchmark: ['submitted', 'approval.date'],
  research: ['submitted', 'contact.established', 'trips.*.date'],
  plan: ['submitted', 'approval.date', 'revisions.*.date', 'revisions.*.approval.date'],
  progress: ['submitted', 'exchanges.*.date'],
  annual: ['submitted', 'exchanges.*.date'],
  adjustments: ['*.date'],
};

export const futureDate: CampaignRule = {
  id: 'future-date',
  scope: 'campaign',
  severity: 'error',
  clause: null,
  description: {
    zh: '报送、审签、调研、交流或加减分的日期晚于今天（仅在不指定 --as-of 时检查）。',
    en: 'A submission, approval, trip, exchange or adjustment is dated after today (checked only without --as-of).',
  },
  messages: {
    future: {
      zh: '日期 {date} 晚于今天（{today}）。已发生的事项不能写将来的日期，请核对。',
      en: 'The date {date} is after today ({today}). Something that has happened cannot be dated in the future; check it.',
    },
  },
  explain: {
    why: {
      zh: '已发生事项的日期晚于今天，多为笔误（如 2022 写成 2032），会使报送状态和逾期天数计算错误。',
      en: 'A date after today for something that has already happened is almost always a typo (2032 for 2022), and it throws off submission states and days late.',
    },
    fix: {
      zh: '核对报送、审签、调研、交流、加减分的日期，按实际发生日期改正。',
      en: 'Check the submission, approval, trip, exchange or adjustment date and write the date it actually happened.',
    },
    file: 'units/fgw/progress/2022-06.yaml',
    wrong: lines('unit: fgw', 'period: 2022-06', 'submitted: 2032-07-04   # ← 晚于今天'),
    right: lines('unit: fgw', 'period: 2022-06', 'submitted: 2022-07-04'),
  },
  check({ state, report }) {
    if (!state.asOfIsToday) return;
    const files: SourceFile[] = state.units.flatMap((unit) =>
      [unit.benchmark, unit.research, unit.plan, ...unit.progress, ...unit.annual].filter((doc) => doc !== undefined).map((doc) => doc.file),
    );
    if (state.loaded.adjustments?.valid) files.push(state.loaded.adjustments);
    for (const file of files) {
      for (const pattern of EVENT_DATES[file.kind] ?? []) {
        forEachValueAt(file.data, pattern, (value, path) => {
          if (typeof value === 'string' && value > state.asOf) report({ source: file, path: path() }, 'future', { date: value, today: state.asOf });
        });
      }
    }
  },
};
