// The yearly review as a yearly update (三(四)2): it sets something for the coming year, and `ongoing` is not done.
import { documentOrder, latestStatuses, statusReports } from '../model/measures.js';
import { isEmptyUpdate, yearlyUpdateOf } from '../model/yearly.js';
import { lines, type UnitRule } from './types.js';

export const annualUpdateEmpty: UnitRule = {
  id: 'annual-update-empty',
  scope: 'unit',
  severity: 'warning',
  clause: '三(四)2',
  description: {
    zh: '创标阶段的年度总结没有为下一年度动态更新任何内容：无新目标值、新增指标、新增措施、交流计划，也无尚在学习的内容。',
    en: 'From the create phase on, an annual file sets nothing for the coming year: no targets, new indicators, new measures or planned exchanges, and nothing ongoing.',
  },
  messages: {
    empty: {
      zh: '{year} 年度总结没有为 {next} 年动态更新任何内容（targets、new_indicators、new_measures、exchanges_planned、ongoing 均未填写）。实施方案要求每年初动态更新，请写明下一年度的目标、措施或交流计划。',
      en: 'The {year} annual review sets nothing for {next} (no targets, new_indicators, new_measures, exchanges_planned or ongoing). The plan asks for a yearly update: give next year\'s targets, measures or exchanges.',
    },
  },
  explain: {
    why: {
      zh: '实施方案要求创标阶段“每年初动态更新”：年度总结同时确定下一年度对标的内容。什么都不更新，下一年度只能沿用旧目标，评估也无从区分。',
      en: 'The plan asks for a yearly update in the create phase: the annual review also sets what the next year is judged against. With no update, the next year keeps old targets and the assessment cannot tell units apart.',
    },
    fix: {
      zh: '在年度总结中写明下一年度的内容，至少一项：targets（已有指标的新目标值）、new_indicators（新增指标）、new_measures（新增措施）、exchanges_planned（交流计划），或 ongoing（尚在学习、予以保留的措施）。',
      en: 'Give at least one thing for the coming year in the annual review: targets (new targets for existing indicators), new_indicators, new_measures, exchanges_planned, or ongoing (measures still being learned, retained).',
    },
    file: 'units/fgw/annual/2023.yaml',
    wrong: lines('unit: fgw', 'year: 2023   # ← 未写下一年度的任何内容', 'submitted: 2024-01-20', 'measures: [ { id: m1, status: done, percent: 100 } ]'),
    right: lines(
      'unit: fgw',
      'year: 2023',
      'submitted: 2024-01-20',
      'measures: [ { id: m1, status: done, percent: 100 } ]',
      'targets: [ { id: gdp-growth, target: 10.0 } ]',
      'exchanges_planned: [ { type: high-level-visit, planned: 1 } ]',
    ),
  },
  check({ unit, state, report }) {
    const createStart = state.campaign.phases.create.start;
    for (const annual of unit.annual) {
      const update = yearlyUpdateOf(annual);
      // The coming year lies in the create phase (at least in part).
      if (update.end < createStart || !isEmptyUpdate(update)) continue;
      report({ source: annual.file, path: ['year'], at: 'key' }, 'empty', { year: update.reviewed, next: update.year });
    }
  },
};

export const ongoingDone: UnitRule = {
  id: 'ongoing-done',
  scope: 'unit',
  severity: 'warning',
  clause: '三(四)2',
  description: {
    zh: '年度总结把已完成的措施列为“尚在学习过程中”（ongoing）。',
    en: 'An annual review lists a measure that is already done as still being learned (ongoing).',
  },
  messages: {
    done: {
      zh: '措施 {id} 已完成，却列在“尚在学习的内容”（ongoing）中。已学有所成的应列入 learned 单独整理；确需继续学习的，请说明并保留为未完成状态。',
      en: 'Measure {id} is done but listed as ongoing. What has been learned belongs under learned; if it is still being learned, its status should not be done.',
    },
  },
  explain: {
    why: {
      zh: '实施方案要求“已学有所成的单独整理，尚在学习过程中的予以保留”。已完成的措施列为尚在学习，两类就混在一起，归档和下一年度的安排都会出错。',
      en: 'The plan asks to archive what has been learned and retain what is still being learned. Listing a finished measure as ongoing mixes the two, and both the archive and next year\'s plan go wrong.',
    },
    fix: {
      zh: '把已完成的措施从 ongoing 移到 learned（写明经验名称和概要）；确实仍在学习的，核对其年末状态，不应为已完成。',
      en: 'Move the finished measure from ongoing to learned (with a title and summary); if it really is still being learned, check its year-end status, which should not be done.',
    },
    file: 'units/fgw/annual/2022.yaml',
    wrong: lines('measures: [ { id: m1, status: done, percent: 100 } ]', 'ongoing: [m1]   # ← m1 已完成'),
    right: lines('measures: [ { id: m1, status: done, percent: 100 } ]', 'learned: [ { title: 重大项目储备机制, summary: 滚动储备, measures: [m1] } ]'),
  },
  check({ unit, report }) {
    const reports = statusReports(unit);
    for (const annual of unit.annual) {
      // The status as of this review: its own year-end entry, else the latest report before it.
      const latest = latestStatuses(reports, documentOrder(annual));
      for (const entry of annual.data.measures) latest.set(entry.id, { entry, doc: annual, index: 0, order: '' });
      (annual.data.ongoing ?? []).forEach((id, i) => {
        if (latest.get(id)?.entry.status === 'done') report({ source: annual.file, path: ['ongoing', i] }, 'done', { id });
      });
    }
  },
};

