// benchmark/research/plan/progress/annual -missing and -late: each document against its deadline.
import { daysBetween } from '../calendar/dates.js';
import { progressStretchOf, type DocumentKind } from '../calendar/schedule.js';
import type { Lang, Localized, MessageData } from '../i18n/index.js';
import type { DocumentEntry } from '../model/state.js';
import type { Campaign } from '../model/types.js';
import { lines, type RuleExplanation, type UnitRule, type UnitRuleContext } from './types.js';

interface DocumentWords {
  kind: DocumentKind;
  clause: string;
  /** The document in a message, with its period (and, for progress, its cadence). */
  name: Localized;
  /** The document in a rule's description: any one of its kind. */
  plain: Localized;
}

const fixed = (zh: string, en: string): Pick<DocumentWords, 'name' | 'plain'> => ({ name: { zh, en }, plain: { zh, en } });

const DOCUMENTS: DocumentWords[] = [
  { kind: 'benchmark', clause: '三(一)2', ...fixed('建标材料', 'benchmark') },
  { kind: 'research', clause: '三(二)1', ...fixed('对标调研材料', 'research record') },
  { kind: 'plan', clause: '三(二)2', ...fixed('对标创建工作方案', 'plan') },
  // A report of a quarterly stretch (campaign.yaml progress, every: quarter) is a quarter's, not a month's.
  { kind: 'progress', clause: '四(二)', name: { zh: '{period} {cadence}进展', en: '{cadence}progress report for {period}' }, plain: { zh: '进展', en: 'progress report' } },
  { kind: 'annual', clause: '三(四)2', name: { zh: '{period} 年度总结', en: 'annual review of {period}' }, plain: { zh: '年度总结', en: 'annual review' } },
];

const CADENCE = { month: { zh: '月度', en: '' }, quarter: { zh: '季度', en: 'quarterly ' } } as const;

/** A progress report's cadence in the words of the message; the other documents have none. */
function localizeCadence(data: MessageData, lang: Lang): MessageData {
  const cadence = data.cadence === 'quarter' ? 'quarter' : 'month';
  return { ...data, cadence: CADENCE[cadence][lang] };
}

/** The message data every deadline rule gives: the due date, the period, and a progress report's cadence. */
function documentData(document: DocumentEntry, campaign: Campaign): MessageData {
  const { kind, period, due } = document.expected;
  const cadence = kind === 'progress' && period !== null && progressStretchOf(campaign, period)?.every === 'quarter' ? 'quarter' : 'month';
  return { due, period, cadence };
}

/** Why each deadline matters and how to put it right: for `ebz explain`. */
const EXPLAIN: Record<DocumentKind, { missing: RuleExplanation; late: RuleExplanation }> = {
  benchmark: {
    missing: {
      why: {
        zh: '建标材料是后续对标、达标的依据，未报送则学习对象和对标指标都无从确定，后续各阶段无法开展。',
        en: 'The benchmark is what every later phase builds on; without it there is no benchmark object and no indicators, and the later phases cannot start.',
      },
      fix: {
        zh: '尽快确定建标学习对象、主要对标指标和学习内容，经分管市领导（市委部门为主要负责同志）审签后，报送 benchmark.yaml（可运行 ebz new benchmark 生成）。',
        en: 'Settle the benchmark object, main indicators and learning content now, have them signed by the leader in charge (the principal, for a party department), and submit benchmark.yaml (ebz new benchmark writes one).',
      },
      file: 'units/fgw/benchmark.yaml',
      wrong: lines('# ← units/fgw/benchmark.yaml 不存在，截止日期 2022-01-04 已过'),
      right: lines('unit: fgw', 'submitted: 2022-01-03', 'approval: { by: 张三, role: leader-in-charge, date: 2022-01-02 }'),
    },
    late: {
      why: {
        zh: '迟报影响按时报送得分，也会压缩后续对标调研和制定方案的时间。',
        en: 'A late benchmark costs timeliness points and leaves less time for the research and the plan that follow.',
      },
      fix: {
        zh: '报送日期应按实际填写，不得为避免提示而改早。已迟报的如实保留，后续材料按时报送；如系笔误，按实际报送日期改正。',
        en: 'Write the date it was actually submitted; never back-date it to silence this warning. If it was late, leave it and send the next documents on time; if the date is a typo, correct it.',
      },
      file: 'units/fgw/benchmark.yaml',
      wrong: lines('unit: fgw', 'submitted: 2022-01-06   # ← 截止日期为 2022-01-04'),
      right: lines('unit: fgw', 'submitted: 2022-01-03'),
    },
  },
  research: {
    missing: {
      why: {
        zh: '未与学习对象建立联系、未开展“走出去”调研，制定方案就缺少第一手依据，差距查找流于形式。',
        en: 'Without contact with the benchmark object and a research trip, the plan has no first-hand basis and its gap analysis is a formality.',
      },
      fix: {
        zh: '尽快与学习对象建立工作联系，至少开展一次“走出去”专题调研，将联系方式和调研情况填入 research.yaml 报送（可运行 ebz new research 生成）。',
        en: 'Establish contact with the benchmark object, make at least one research trip, and submit research.yaml with the contact and trips (ebz new research writes one).',
      },
      file: 'units/fgw/research.yaml',
      wrong: lines('# ← units/fgw/research.yaml 不存在，截止日期 2022-02-10 已过'),
      right: lines(
        'unit: fgw',
        'submitted: 2022-02-09',
        'contact: { established: 2022-01-14, channel: 建立季度视频会商机制 }',
        'trips:',
        '  - { date: 2022-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目帮办代办做法。 }',
      ),
    },
    late: {
      why: {
        zh: '调研晚于 2022 年 2 月 10 日，制定方案时就来不及吸收调研成果，方案容易脱离实际。',
        en: 'Research finished after the deadline comes too late to shape the plan, which then tends to lose touch with the facts.',
      },
      fix: {
        zh: '报送日期和调研日期均按实际填写，不得改早。已迟报的如实保留，并在方案中补充吸收调研成果；如系笔误，按实际日期改正。',
        en: 'Write the real submission and trip dates; never back-date them. If they were late, leave them and make sure the plan takes up the findings; if a date is a typo, correct it.',
      },
      file: 'units/fgw/research.yaml',
      wrong: lines(
        'unit: fgw',
        'submitted: 2022-02-12   # ← 截止日期为 2022-02-10',
        'trips:',
        '  - { date: 2022-02-11, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目帮办代办做法。 }   # ← 调研晚于截止日期',
      ),
      right: lines(
        'unit: fgw',
        'submitted: 2022-02-09',
        'trips:',
        '  - { date: 2022-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习重大项目帮办代办做法。 }',
      ),
    },
  },
  plan: {
    missing: {
      why: {
        zh: '对标创建工作方案是达标阶段督查的依据，没有方案就没有工作措施可以调度、考核。',
        en: 'The plan is what the reach phase is supervised against; without it there are no measures to follow up or assess.',
      },
      fix: {
        zh: '根据调研成果开展自检自查，制定对标创建工作方案，做到“六个明确”、量化到事，经审签后报送 plan.yaml（可运行 ebz new plan 生成）。',
        en: 'Run the self-check against the research findings, draw up the plan with the "six clears" and quantified measures, have it signed, and submit plan.yaml (ebz new plan writes one).',
      },
      file: 'units/fgw/plan.yaml',
      wrong: lines('# ← units/fgw/plan.yaml 不存在，截止日期 2022-02-15 已过'),
      right: lines('unit: fgw', 'submitted: 2022-02-14', 'approval: { by: 张三, role: leader-in-charge, date: 2022-02-13 }'),
    },
    late: {
      why: {
        zh: '方案迟报影响按时报送得分，并推迟各项工作措施的启动。',
        en: 'A late plan costs timeliness points and delays the start of every measure.',
      },
      fix: {
        zh: '报送日期按实际填写，不得改早。已迟报的如实保留，抓紧启动各项工作措施；如系笔误，按实际报送日期改正。',
        en: 'Write the real submission date; never back-date it. If it was late, leave it and get the measures started; if the date is a typo, correct it.',
      },
      file: 'units/fgw/plan.yaml',
      wrong: lines('unit: fgw', 'submitted: 2022-02-18   # ← 截止日期为 2022-02-15'),
      right: lines('unit: fgw', 'submitted: 2022-02-14'),
    },
  },
  progress: {
    missing: {
      why: {
        zh: '月度进展是“月督查”的依据，未报送的单位在月度督查报告中列入催报名单，亮红灯。',
        en: 'Monthly progress is what the monthly supervision runs on; a unit that has not reported goes on the missing list and shows a red light.',
      },
      fix: {
        zh: '尽快报送当月月度进展 progress/YYYY-MM.yaml，逐项填写尚未完成措施的状态和完成百分比（可运行 ebz new progress 生成）。',
        en: 'Submit the month\'s progress/YYYY-MM.yaml now, giving the status and percent of every measure not yet done (ebz new progress writes one).',
      },
      file: 'units/fgw/progress/2022-07.yaml',
      wrong: lines('# ← units/fgw/progress/2022-07.yaml 不存在，应于 2022-08-05 前报送'),
      right: lines('unit: fgw', 'period: 2022-07', 'submitted: 2022-08-04', 'measures:', '  - { id: m2, status: in-progress, percent: 70 }'),
    },
    late: {
      why: {
        zh: '月度进展迟报，当月督查无法及时掌握情况，并影响按时报送得分。',
        en: 'A late progress report leaves the month\'s supervision without the facts in time, and costs timeliness points.',
      },
      fix: {
        zh: '每月 5 日前报送上月进展。报送日期按实际填写，不得改早；如系笔误，按实际报送日期改正。',
        en: 'Send each month\'s progress by the 5th of the following month. Write the real submission date; never back-date it. If the date is a typo, correct it.',
      },
      file: 'units/fgw/progress/2022-07.yaml',
      wrong: lines('unit: fgw', 'period: 2022-07', 'submitted: 2022-08-09   # ← 应于 2022-08-05 前报送'),
      right: lines('unit: fgw', 'period: 2022-07', 'submitted: 2022-08-04'),
    },
  },
  annual: {
    missing: {
      why: {
        zh: '年度总结是每年初动态更新对标创建工作、整理已学有所成经验的依据，也是年度评估的材料。',
        en: 'The annual review is how the work is updated each year and learned experience archived; it also feeds the annual assessment.',
      },
      fix: {
        zh: '尽快报送 annual/YYYY.yaml：填写各项措施年末状态、指标年末值，列出已学有所成的先进经验和尚在学习的措施，以及新一年的新增措施（可运行 ebz new annual 生成）。',
        en: 'Submit annual/YYYY.yaml now: year-end status of each measure, year-end indicator values, the experience learned and the measures still ongoing, and new measures for the coming year (ebz new annual writes one).',
      },
      file: 'units/fgw/annual/2022.yaml',
      wrong: lines('# ← units/fgw/annual/2022.yaml 不存在，应于 2023-01-31 前报送'),
      right: lines('unit: fgw', 'year: 2022', 'submitted: 2023-01-20'),
    },
    late: {
      why: {
        zh: '年度总结迟报，会推迟新一年工作的更新和年度评估，并影响按时报送得分。',
        en: 'A late annual review holds up the new year\'s update and the annual assessment, and costs timeliness points.',
      },
      fix: {
        zh: '年度总结应于次年 1 月 31 日前报送。报送日期按实际填写，不得改早；如系笔误，按实际报送日期改正。',
        en: 'The annual review is due by 31 January of the following year. Write the real submission date; never back-date it. If the date is a typo, correct it.',
      },
      file: 'units/fgw/annual/2022.yaml',
      wrong: lines('unit: fgw', 'year: 2022', 'submitted: 2023-02-08   # ← 应于 2023-01-31 前报送'),
      right: lines('unit: fgw', 'year: 2022', 'submitted: 2023-01-20'),
    },
  },
};

function missingRule({ kind, clause, name, plain }: DocumentWords): UnitRule {
  return {
    id: `${kind}-missing`,
    scope: 'unit',
    severity: 'error',
    clause,
    localize: localizeCadence,
    description: {
      zh: `截止日期已过，未报送${plain.zh}。`,
      en: `The deadline has passed and no ${plain.en} was submitted.`,
    },
    messages: {
      missing: {
        zh: `${name.zh}应于 {due} 前报送，截至 {asOf} 未报送（已逾期 {days} 天）。请尽快报送。`,
        en: `The ${name.en} was due by {due} and had not been submitted by {asOf} ({days} days overdue). Submit it now.`,
      },
    },
    explain: EXPLAIN[kind].missing,
    check({ unit, report, state }: UnitRuleContext) {
      for (const document of unit.documents) {
        if (document.expected.kind !== kind || document.status.state !== 'missing') continue;
        report({ file: document.file }, 'missing', { ...documentData(document, state.campaign), asOf: state.asOf, days: document.status.daysLate });
      }
    },
  };
}

function lateRule({ kind, clause, name, plain }: DocumentWords): UnitRule {
  const late = {
    zh: `${name.zh}报送日期 {submitted} 晚于截止日期 {due}，迟报 {days} 天。`,
    en: `The ${name.en} was submitted on {submitted}, {days} days after the deadline of {due}.`,
  };
  const messages: Record<string, Localized> = { late };
  if (kind === 'research') {
    messages.tripLate = {
      zh: '首次“走出去”专题调研日期 {date} 晚于截止日期 {due}（{days} 天）。调研应于截止日期前完成。',
      en: 'The first research trip, on {date}, came {days} days after the deadline of {due}; the trip is due by then.',
    };
  }
  return {
    id: `${kind}-late`,
    scope: 'unit',
    severity: 'warning',
    clause,
    localize: localizeCadence,
    description: {
      zh: `${plain.zh}晚于截止日期报送${kind === 'research' ? '，或首次走出去专题调研晚于截止日期' : ''}。`,
      en: `The ${plain.en} was submitted after its deadline${kind === 'research' ? ', or the first research trip came after it' : ''}.`,
    },
    messages,
    explain: EXPLAIN[kind].late,
    check({ unit, report, state }: UnitRuleContext) {
      for (const document of unit.documents) {
        if (document.expected.kind !== kind || !document.source) continue;
        // The message data only for a document reported: most documents are on time.
        const data = () => documentData(document, state.campaign);
        if (document.status.state === 'late' && document.status.submitted !== null) {
          report({ source: document.source, path: ['submitted'] }, 'late', { ...data(), submitted: document.status.submitted, days: document.status.daysLate });
        }
        if (kind === 'research' && unit.research?.file === document.source) {
          const trips = unit.research.data.trips;
          const first = trips.reduce((best, trip, i) => (trip.date < trips[best]!.date ? i : best), 0);
          const date = trips[first]!.date;
          if (date > document.expected.due) {
            const days = daysBetween(document.expected.due, date);
            report({ source: document.source, path: ['trips', first, 'date'] }, 'tripLate', { ...data(), date, days });
          }
        }
      }
    },
  };
}

export const deadlineRules: UnitRule[] = DOCUMENTS.flatMap((words) => [missingRule(words), lateRule(words)]);
