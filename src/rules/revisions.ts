// Plan revisions (方案调整, 三(二)2): signed like the plan, dated after it, and the measures they add or stop.
import { signingFacts } from '../model/roster.js';
import { lastDayOfMonth } from '../calendar/dates.js';
import { measureDefinitions } from '../model/measures.js';
import { checkSigner, signerMessages, whereWords } from './approval.js';
import { lines, type UnitRule } from './types.js';

export const revisionSigner: UnitRule = {
  id: 'revision-signer',
  scope: 'unit',
  severity: 'error',
  clause: '三(二)2',
  localize: (data, lang) => ({ ...data, where: whereWords(data.where, lang) }),
  description: {
    zh: '方案调整未经审签当日在任的分管市领导（市委部门为主要负责同志）审签。',
    en: 'A plan revision is not signed by the leader in charge (a party department: the principal) in office on its approval date.',
  },
  // The same messages as approval-signer, said of a revision: one check judges both.
  messages: signerMessages('revision'),
  explain: {
    why: {
      zh: '方案调整改变了要做的事，与方案本身一样须经分管市领导审签；领导调整后，以审签当日在任者为准。',
      en: 'A revision changes what is to be done, so it is signed like the plan itself; after a change of leader, whoever held the post on the approval date signs.',
    },
    fix: {
      zh: '由审签当日在任的分管市领导（市委部门为主要负责同志）审签本次调整，approval 的 by 与 unit.yaml 任职记录一致。',
      en: 'Have the leader in charge in office on the approval date (a party department: the principal) sign the revision; approval.by must match unit.yaml\'s terms.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines(
      '# unit.yaml：张三任至 2022-06-30，赵七自 2022-07-01 起',
      'revisions:',
      '  - date: 2022-07-10',
      '    summary: 按自治区新部署增加措施 m5，停止措施 m3',
      '    approval: { by: 张三, role: leader-in-charge, date: 2022-07-08 }   # ← 此时分管市领导为赵七',
    ),
    right: lines(
      '# unit.yaml：张三任至 2022-06-30，赵七自 2022-07-01 起',
      'revisions:',
      '  - date: 2022-07-10',
      '    summary: 按自治区新部署增加措施 m5，停止措施 m3',
      '    approval: { by: 赵七, role: leader-in-charge, date: 2022-07-08 }',
    ),
  },
  check({ unit, report }) {
    const profile = signingFacts(unit);
    const plan = unit.plan;
    if (!profile || !plan) return;
    const party = profile.kind === 'party-department';
    const post = party ? profile.principal : profile.leader_in_charge;
    if (!post) return;
    (plan.data.revisions ?? []).forEach((revision, i) =>
      checkSigner(plan.file, ['revisions', i, 'approval'], revision.approval, post, party, report, !party && unit.member !== null),
    );
  },
};

export const revisionDate: UnitRule = {
  id: 'revision-date',
  scope: 'unit',
  severity: 'error',
  clause: '三(二)2',
  description: {
    zh: '方案调整的审签日期晚于调整日期，或调整日期早于方案的报送日期。',
    en: 'A plan revision is approved after its date, or dated before the plan was submitted.',
  },
  messages: {
    approvedAfter: {
      zh: '方案调整的审签日期 {approved} 晚于调整日期 {date}。调整应先审签、后执行，请核对日期。',
      en: 'The revision is approved on {approved}, after its date, {date}. A revision is signed before it takes effect; check the dates.',
    },
    beforePlan: {
      zh: '方案调整日期 {date} 早于方案报送日期 {submitted}。报送前的修改不是调整，请直接写入方案，或核对日期。',
      en: 'The revision is dated {date}, before the plan was submitted on {submitted}. A change before submission is not a revision: write it into the plan, or check the date.',
    },
  },
  explain: {
    why: {
      zh: '调整应先审签、后执行；方案报送前的修改应直接写入方案。日期颠倒，说明调整未经审签即执行，或日期有误。',
      en: 'A revision is signed before it takes effect, and a change before the plan was sent belongs in the plan itself. Dates out of order mean it took effect unsigned, or a date is wrong.',
    },
    fix: {
      zh: '核对调整日期（date）和审签日期（approval.date）：审签日期不晚于调整日期，调整日期不早于方案报送日期（submitted）。',
      en: 'Check the revision date and approval.date: the approval on or before the revision date, the revision on or after the plan\'s submitted date.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('revisions:', '  - date: 2022-07-10', '    summary: 增加措施 m5', '    approval: { by: 张三, role: leader-in-charge, date: 2022-07-15 }   # ← 晚于调整日期'),
    right: lines('revisions:', '  - date: 2022-07-10', '    summary: 增加措施 m5', '    approval: { by: 张三, role: leader-in-charge, date: 2022-07-08 }'),
  },
  check({ unit, report }) {
    const plan = unit.plan;
    if (!plan) return;
    (plan.data.revisions ?? []).forEach((revision, i) => {
      if (revision.date < plan.data.submitted) report({ source: plan.file, path: ['revisions', i, 'date'] }, 'beforePlan', { date: revision.date, submitted: plan.data.submitted });
      if (revision.approval.date > revision.date) {
        report({ source: plan.file, path: ['revisions', i, 'approval', 'date'] }, 'approvedAfter', { approved: revision.approval.date, date: revision.date });
      }
    });
  },
};

export const revisionUnknown: UnitRule = {
  id: 'revision-unknown',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: {
    zh: '措施的新增日期（added）或停止日期（dropped.date）不是方案任何一次调整（revisions）的日期。',
    en: 'A measure\'s added or dropped.date is not the date of any of the plan\'s revisions.',
  },
  messages: {
    added: {
      zh: '措施 {id} 的新增日期 {date} 没有对应的方案调整。请在 revisions 中补记该次调整（日期、内容、审签），或核对日期。',
      en: 'Measure {id} is added on {date}, but no revision has that date. Record the revision (date, summary, approval) under revisions, or check the date.',
    },
    dropped: {
      zh: '措施 {id} 的停止日期 {date} 没有对应的方案调整。请在 revisions 中补记该次调整（日期、内容、审签），或核对日期。',
      en: 'Measure {id} is dropped on {date}, but no revision has that date. Record the revision (date, summary, approval) under revisions, or check the date.',
    },
  },
  explain: {
    why: {
      zh: '新增或停止措施须经方案调整。added 或 dropped.date 找不到对应的调整，就无从知道这一变化是否经过审签。',
      en: 'A measure is added or stopped only by a revision. When added or dropped.date matches no revision, nothing shows the change was signed off.',
    },
    fix: {
      zh: '在 revisions 中补记该次调整（date、summary、approval），使措施的 added 或 dropped.date 等于该次调整的 date；或改正日期。',
      en: 'Record the revision under revisions (date, summary, approval) so that the measure\'s added or dropped.date equals its date; or correct the date.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m5', '    added: 2022-07-12   # ← 没有这一天的调整', 'revisions:', '  - { date: 2022-07-10, summary: 增加措施 m5, approval: { by: 张三, role: leader-in-charge, date: 2022-07-08 } }'),
    right: lines('measures:', '  - id: m5', '    added: 2022-07-10', 'revisions:', '  - { date: 2022-07-10, summary: 增加措施 m5, approval: { by: 张三, role: leader-in-charge, date: 2022-07-08 } }'),
  },
  check({ unit, report }) {
    const plan = unit.plan;
    if (!plan) return;
    const dates = new Set((plan.data.revisions ?? []).map((r) => r.date));
    plan.data.measures.forEach((measure, i) => {
      if (measure.added !== undefined && !dates.has(measure.added)) report({ source: plan.file, path: ['measures', i, 'added'] }, 'added', { id: measure.id, date: measure.added });
      if (measure.dropped !== undefined && !dates.has(measure.dropped.date)) {
        report({ source: plan.file, path: ['measures', i, 'dropped', 'date'] }, 'dropped', { id: measure.id, date: measure.dropped.date });
      }
    });
  },
};

export const droppedMeasureReported: UnitRule = {
  id: 'dropped-measure-reported',
  scope: 'unit',
  severity: 'warning',
  clause: null,
  description: {
    zh: '月度进展或年度总结报告了一项在该期之前已停止执行的措施。',
    en: 'A progress or annual file reports a measure that was dropped before its period began.',
  },
  messages: {
    reported: {
      zh: '措施“{title}”（{id}）已于 {dropped} 经方案调整停止执行，此后不再报告进展。请删去这一条；如已恢复执行，请在方案中另行调整。',
      en: 'Measure "{title}" ({id}) was dropped by a plan revision on {dropped} and is no longer reported. Delete this entry; if it has resumed, record that as a revision of the plan.',
    },
  },
  explain: {
    why: {
      zh: '停止执行的措施自停止之日起不再计入评估、也不再要求报告；继续报告会让人误以为它仍在执行。',
      en: 'A dropped measure leaves the evaluation on its drop date and is no longer reported; reporting it suggests it is still under way.',
    },
    fix: {
      zh: '从停止日期以后各期的月度进展和年度总结中删去该措施。如措施已恢复执行，应再作一次方案调整，而不是直接报告进展。',
      en: 'Remove the measure from the progress and annual files of periods after its drop date. If it has resumed, revise the plan again rather than reporting on it.',
    },
    file: 'units/fgw/progress/2022-08.yaml',
    wrong: lines('# plan.yaml：m3 dropped: { date: 2022-07-10, … }', 'measures:', '  - { id: m3, status: in-progress, percent: 40 }   # ← m3 已于 2022-07-10 停止执行'),
    right: lines('# plan.yaml：m3 dropped: { date: 2022-07-10, … }', 'measures:', '  - { id: m1, status: done, percent: 100 }'),
  },
  check({ unit, report }) {
    const dropped = new Map(measureDefinitions(unit).filter((d) => d.dropped !== null).map((d) => [d.measure.id, d]));
    if (!dropped.size) return;
    // A period that begins after the drop date should not speak of the measure; the month of the drop may.
    for (const doc of [...unit.progress, ...unit.annual]) {
      const first = 'period' in doc.data ? `${doc.data.period}-01` : `${doc.data.year}-01-01`;
      doc.data.measures.forEach((entry, i) => {
        const definition = dropped.get(entry.id);
        if (definition && definition.dropped! < first) {
          report({ source: doc.file, path: ['measures', i, 'id'] }, 'reported', { id: entry.id, title: definition.measure.title, dropped: definition.dropped });
        }
      });
    }
  },
};

/** True when a measure is expected in the progress report of `month`: added by then, and not dropped before the month ended. */
export function expectedInMonth(definition: { start: string; dropped: string | null; measure: { added?: string } }, month: string): boolean {
  if (definition.measure.added !== undefined && definition.measure.added.slice(0, 7) > month) return false;
  return definition.dropped === null || definition.dropped > lastDayOfMonth(month);
}

