// Measure reports: status and percent agree, blockers named, no regression, nothing left unreported or overdue.
import { daysBetween } from '../calendar/dates.js';
import { documentOrder, isDroppedBy, latestStatuses, measureDefinitions, percentOf, statusReports } from '../model/measures.js';
import { expectedInMonth } from './revisions.js';
import type { Doc } from '../model/state.js';
import type { AnnualDoc, ProgressDoc } from '../model/types.js';
import { reportWords } from '../i18n/report-words.js';
import { lines, type UnitRule } from './types.js';

const STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
/** A measure's status in the same words as the reports (未启动, 推进中, 已完成, 受阻). */
const localizeStatus: UnitRule['localize'] = (data, lang) =>
  typeof data.status === 'string' && (STATUSES as readonly string[]).includes(data.status)
    ? { ...data, status: reportWords[data.status as (typeof STATUSES)[number]][lang] }
    : data;

function statusDocuments(unit: { progress: Doc<ProgressDoc>[]; annual: Doc<AnnualDoc>[] }): (Doc<ProgressDoc> | Doc<AnnualDoc>)[] {
  return [...unit.progress, ...unit.annual];
}

export const statusPercentMismatch: UnitRule = {
  id: 'status-percent-mismatch',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: {
    zh: '进展状态与完成百分比矛盾：已完成但不足 100%，未启动却大于 0，或 100% 却未标为已完成。',
    en: 'Status and percent disagree: done below 100, not started above 0, or 100 but not done.',
  },
  messages: {
    doneBelow: { zh: '措施 {id} 标为“已完成”，完成百分比却是 {percent}%。已完成应为 100%，否则请改为“推进中”。', en: 'Measure {id} is marked done at {percent}%. Done means 100%; otherwise mark it in-progress.' },
    notStartedAbove: { zh: '措施 {id} 标为“未启动”，完成百分比却是 {percent}%。请改为“推进中”或将百分比改为 0。', en: 'Measure {id} is marked not-started at {percent}%. Mark it in-progress, or set the percent to 0.' },
    fullNotDone: { zh: '措施 {id} 完成百分比为 100%，状态却是“{status}”。已全部完成请标为“已完成”（done）。', en: 'Measure {id} is at 100% but marked {status}. Mark it done if it is complete.' },
  },
  explain: {
    why: {
      zh: '状态与完成百分比矛盾，督查报告无法判断措施的实际进度。',
      en: 'When status and percent disagree, the supervision report cannot tell how far the measure really is.',
    },
    fix: {
      zh: '按实际情况统一：已完成（done）填 100；尚未全部完成的标为推进中（in-progress）；未启动（not-started）的百分比填 0。',
      en: 'Make them agree with the facts: done is 100; anything not finished is in-progress; not-started is 0.',
    },
    file: 'units/fgw/progress/2022-04.yaml',
    wrong: lines('measures:', '  - { id: m1, status: done, percent: 80 }   # ← 已完成应为 100%'),
    right: lines('measures:', '  - { id: m1, status: in-progress, percent: 80 }'),
  },
  localize: localizeStatus,
  check({ unit, report }) {
    for (const doc of statusDocuments(unit)) {
      doc.data.measures.forEach((entry, i) => {
        const { percent, status } = entry;
        if (percent === undefined) return;
        const at = { source: doc.file, path: ['measures', i, 'percent'] };
        if (status === 'done' && percent < 100) report(at, 'doneBelow', { id: entry.id, percent });
        else if (status === 'not-started' && percent > 0) report(at, 'notStartedAbove', { id: entry.id, percent });
        else if (percent === 100 && status !== 'done') report({ source: doc.file, path: ['measures', i, 'status'] }, 'fullNotDone', { id: entry.id, status });
      });
    }
  },
};

export const blockedWithoutReason: UnitRule = {
  id: 'blocked-without-reason',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: { zh: '措施状态为受阻，但没有写明受阻原因。', en: 'A measure is blocked but no blocker is given.' },
  messages: {
    noBlocker: {
      zh: '措施 {id} 标为“受阻”，但未写明受阻原因（blocker）。请写明原因，以便督办协调解决。',
      en: 'Measure {id} is blocked but gives no blocker. Say what blocks it so the office can help resolve it.',
    },
  },
  explain: {
    why: {
      zh: '不写明受阻原因，领导小组办公室无法协调解决，督办清单上也无从说明。',
      en: 'Without the reason a measure is blocked, the office cannot help resolve it, and the chase list cannot say what is wrong.',
    },
    fix: {
      zh: '在 blocker 中写明受阻的具体原因和需要协调的事项，如“用地指标未落实，需自然资源局协调”。',
      en: 'Say in blocker what is blocking the measure and what help is needed, e.g. "land quota not granted; needs the natural resources bureau".',
    },
    file: 'units/fgw/progress/2022-06.yaml',
    wrong: lines('measures:', '  - { id: m2, status: blocked, percent: 10 }   # ← 未写受阻原因'),
    right: lines('measures:', '  - { id: m2, status: blocked, percent: 10, blocker: 用地指标未落实 }'),
  },
  check({ unit, report }) {
    for (const doc of statusDocuments(unit)) {
      doc.data.measures.forEach((entry, i) => {
        if (entry.status === 'blocked' && !(entry.blocker ?? '').trim()) report({ source: doc.file, path: ['measures', i, 'status'] }, 'noBlocker', { id: entry.id });
      });
    }
  },
};

export const percentRegressed: UnitRule = {
  id: 'percent-regressed',
  scope: 'unit',
  severity: 'warning',
  clause: null,
  description: { zh: '措施的完成百分比低于本单位上一份月度进展。', en: 'A measure\'s percent is lower than in the unit\'s previous progress report.' },
  messages: {
    regressed: {
      zh: '措施 {id} 完成百分比 {percent}% 低于上一次报送的 {previous}%（{previousFile}）。进度不应倒退，请核对。',
      en: 'Measure {id} is at {percent}%, below the {previous}% reported before ({previousFile}). Progress should not go backwards; check it.',
    },
  },
  explain: {
    why: {
      zh: '完成百分比低于上月，多为填报错误；确有倒退的，应说明原因，否则督查无法掌握真实进度。',
      en: 'A percent below last month is usually a slip; if work really went backwards it needs explaining, or supervision loses track of real progress.',
    },
    fix: {
      zh: '核对本月和上月的完成百分比，按实际改正。确因情况变化进度倒退的，在 note 中说明原因。',
      en: 'Check this month\'s and last month\'s percent and correct whichever is wrong. If progress really fell back, explain why in note.',
    },
    file: 'units/fgw/progress/2022-05.yaml',
    wrong: lines('# progress/2022-04.yaml 中 m2 为 50%', 'measures:', '  - { id: m2, status: in-progress, percent: 20 }   # ← 低于上月'),
    right: lines('# progress/2022-04.yaml 中 m2 为 50%', 'measures:', '  - { id: m2, status: in-progress, percent: 60 }'),
  },
  check({ unit, report }) {
    const previous = new Map<string, { percent: number; file: string }>();
    for (const doc of unit.progress) {
      doc.data.measures.forEach((entry, i) => {
        if (entry.percent === undefined) return;
        const before = previous.get(entry.id);
        if (before && entry.percent < before.percent) {
          report({ source: doc.file, path: ['measures', i, 'percent'] }, 'regressed', {
            id: entry.id,
            percent: entry.percent,
            previous: before.percent,
            previousFile: before.file,
          });
        }
      });
      doc.data.measures.forEach((entry) => {
        if (entry.percent !== undefined) previous.set(entry.id, { percent: entry.percent, file: doc.file.rel });
      });
    }
  },
};

export const measureUnreported: UnitRule = {
  id: 'measure-unreported',
  scope: 'unit',
  severity: 'warning',
  clause: '四(二)',
  description: { zh: '方案中尚未完成的措施，在某月的月度进展中没有报告。', en: 'A plan measure not yet done is absent from a month\'s progress report.' },
  messages: {
    unreported: {
      zh: '{period} 月度进展没有报告措施“{title}”（{id}）的进展。尚未完成的措施每月都应报告。',
      en: 'The progress report for {period} says nothing of measure "{title}" ({id}). Every measure not yet done is reported each month.',
    },
  },
  explain: {
    why: {
      zh: '“月督查”要求逐项掌握进度。尚未完成的措施漏报，当月就无法判断其是否推进。',
      en: 'Monthly supervision follows every measure; one left out of the month\'s report cannot be judged that month.',
    },
    fix: {
      zh: '在当月月度进展的 measures 中补报所有尚未完成的措施；没有进展的也应报告，如 { id: m2, status: not-started, percent: 0 }。',
      en: 'Add every measure not yet done to the month\'s measures; report those with no progress too, e.g. { id: m2, status: not-started, percent: 0 }.',
    },
    file: 'units/fgw/progress/2022-05.yaml',
    wrong: lines('# plan.yaml 的工作措施：m1、m2，均未完成', 'measures:   # ← 缺少 m2', '  - { id: m1, status: in-progress, percent: 60 }'),
    right: lines(
      '# plan.yaml 的工作措施：m1、m2，均未完成',
      'measures:',
      '  - { id: m1, status: in-progress, percent: 60 }',
      '  - { id: m2, status: in-progress, percent: 30 }',
    ),
  },
  check({ unit, report }) {
    const plan = unit.plan;
    if (!plan) return;
    const reports = statusReports(unit);
    const planMeasures = measureDefinitions(unit).filter((definition) => definition.source === plan);
    for (const doc of unit.progress) {
      if (doc.data.period.slice(0, 7) < plan.data.submitted.slice(0, 7)) continue;
      const latest = latestStatuses(reports, documentOrder(doc));
      const reported = new Set(doc.data.measures.map((m) => m.id));
      for (const definition of planMeasures) {
        const measure = definition.measure;
        if (!expectedInMonth(definition, doc.data.period)) continue;
        if (reported.has(measure.id) || latest.get(measure.id)?.entry.status === 'done') continue;
        report({ source: doc.file, path: ['measures'] }, 'unreported', { period: doc.data.period, id: measure.id, title: measure.title });
      }
    }
  },
};

export const measureOverdue: UnitRule = {
  id: 'measure-overdue',
  scope: 'unit',
  severity: 'warning',
  clause: '三(三)1',
  description: { zh: '措施已过完成时限，截至检查日期最新状态仍未完成。', en: 'A measure is past its due date and, as of the as-of date, is still not done.' },
  messages: {
    overdue: {
      zh: '措施“{title}”（{id}）完成时限为 {due}，截至 {asOf} 已逾期 {days} 天，最新状态为“{status}”（{percent}%）。请加快落实并说明原因。',
      en: 'Measure "{title}" ({id}) was due on {due} and is {days} days overdue as of {asOf}; its latest status is {status} ({percent}%). Speed it up and explain the delay.',
    },
  },
  explain: {
    why: {
      zh: '措施逾期未完成，列入月度督查报告的督办清单，单位亮红灯。',
      en: 'A measure past its due date and not done goes on the chase list of the monthly supervision report, and the unit shows a red light.',
    },
    fix: {
      zh: '加快落实，完成后在月度进展中标为已完成（done，100%）；未完成的在 note 中说明原因和预计完成时间。完成时限以审签的方案为准，不得自行改动。',
      en: 'Speed the measure up and mark it done (100%) in the progress report once finished; until then explain the delay and the expected date in note. The due date is the one in the signed plan; do not change it on your own.',
    },
    file: 'units/fgw/progress/2022-05.yaml',
    wrong: lines('# plan.yaml：m1 完成时限 2022-04-30', 'period: 2022-05', 'measures:', '  - { id: m1, status: in-progress, percent: 80 }   # ← 逾期未完成'),
    right: lines('# plan.yaml：m1 完成时限 2022-04-30', 'period: 2022-05', 'measures:', '  - { id: m1, status: done, percent: 100, note: 储备库已建成。 }'),
  },
  localize: localizeStatus,
  check({ unit, state, report }) {
    const latest = latestStatuses(statusReports(unit));
    for (const { source, path, measure } of measureDefinitions(unit)) {
      const last = latest.get(measure.id)?.entry;
      const status = last?.status ?? 'not-started';
      // Past due and not done; a measure stopped by a plan revision is no longer owed.
      if (status === 'done' || state.asOf <= measure.due || isDroppedBy(measure, state.asOf)) continue;
      report({ source: source.file, path: [...path, 'due'] }, 'overdue', {
        id: measure.id,
        title: measure.title,
        due: measure.due,
        asOf: state.asOf,
        days: daysBetween(measure.due, state.asOf),
        status,
        percent: last ? percentOf(last) : 0,
      });
    }
  },
};

export const learnedNotDone: UnitRule = {
  id: 'learned-not-done',
  scope: 'unit',
  severity: 'warning',
  clause: '三(四)2',
  description: { zh: '年度总结把尚未完成的措施列为“已学有所成”的经验。', en: 'An annual review lists a measure that is not done as learned experience.' },
  messages: {
    notDone: {
      zh: '“已学有所成的先进经验”引用的措施 {id} 尚未完成（{status}）。尚在学习过程中的应列入 ongoing。',
      en: 'The learned experience cites measure {id}, which is not done ({status}). What is still being learned belongs under ongoing.',
    },
  },
  explain: {
    why: {
      zh: '“已学有所成的先进经验”要单独整理、作为优秀成果评选依据，尚未完成的措施不能计入。',
      en: 'Experience "learned successfully" is archived separately and put forward for commendation; a measure that is not done does not qualify.',
    },
    fix: {
      zh: '尚未完成的措施从 learned 中移到 ongoing（尚在学习过程中的予以保留）；确已完成的，在 measures 中将其年末状态标为已完成（done，100%）。',
      en: 'Move a measure not yet done from learned to ongoing (what is still being learned is retained); if it is in fact done, mark its year-end status done (100%) under measures.',
    },
    file: 'units/fgw/annual/2022.yaml',
    wrong: lines(
      'measures:',
      '  - { id: m2, status: in-progress, percent: 80 }',
      'learned:',
      '  - { title: 并联审批, summary: 推行项目并联审批。, measures: [m2] }   # ← m2 尚未完成',
    ),
    right: lines('measures:', '  - { id: m2, status: in-progress, percent: 80 }', 'ongoing: [m2]'),
  },
  localize: localizeStatus,
  check({ unit, report }) {
    const reports = statusReports(unit);
    const known = new Set(measureDefinitions(unit).map((d) => d.measure.id));
    for (const annual of unit.annual) {
      // The status as of this review: its own year-end entry, else the latest report before it.
      const latest = latestStatuses(reports, documentOrder(annual));
      for (const entry of annual.data.measures) latest.set(entry.id, { entry, doc: annual, index: 0, order: '' });
      (annual.data.learned ?? []).forEach((item, i) =>
        (item.measures ?? []).forEach((id, j) => {
          const status = latest.get(id)?.entry.status ?? (known.has(id) ? 'not-started' : undefined);
          if (status !== undefined && status !== 'done') report({ source: annual.file, path: ['learned', i, 'measures', j] }, 'notDone', { id, status });
        }),
      );
    }
  },
};
