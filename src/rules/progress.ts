// Measure reports: status and percent agree, blockers named, no regression, nothing left unreported or overdue.
import { documentOrder, isDroppedBy, latestStatuses, measureDefinitions, measurePositions, statusReports } from '../model/measures.js';
import { expectedInMonth } from './revisions.js';
import type { Doc } from '../model/state.js';
import type { AnnualDoc, ProgressDoc } from '../model/types.js';
import { reportWords } from '../i18n/report-words.js';
import type { UnitRule } from './types.js';

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
  localize: localizeStatus,
  check({ unit, state, report }) {
    const definitions = measureDefinitions(unit);
    measurePositions(unit, state).forEach((position, i) => {
      if (!position.overdue) return;
      const { source, path, measure } = definitions[i]!;
      // A measure stopped by a plan revision is no longer owed.
      if (isDroppedBy(measure, state.asOf)) return;
      report({ source: source.file, path: [...path, 'due'] }, 'overdue', {
        id: position.id,
        title: position.title,
        due: position.due,
        asOf: state.asOf,
        days: position.daysOverdue,
        status: position.status,
        percent: position.percent,
      });
    });
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
