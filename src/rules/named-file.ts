// not-counted-as-of, cross-check-skipped: a file named as PATH is checked in full, and says what that check could not see.
import type { FileKind } from '../model/types.js';
import type { CampaignRule, UnitRule } from './types.js';

/** For a file of each kind: the rules that read another file of its unit, by the file they read. */
const RULES_NEEDING: Partial<Record<FileKind, Record<string, string[]>>> = {
  benchmark: { 'unit.yaml': ['approval-signer', 'resource-city-preferred'] },
  plan: { 'unit.yaml': ['approval-signer'], 'benchmark.yaml': ['unknown-indicator', 'indicator-uncovered'] },
  progress: { 'benchmark.yaml': ['unknown-indicator'], 'plan.yaml': ['unknown-measure', 'measure-unreported', 'measure-overdue'] },
  annual: { 'benchmark.yaml': ['unknown-indicator'], 'plan.yaml': ['unknown-measure', 'measure-overdue', 'learned-not-done'] },
};

export const notCountedAsOf: CampaignRule = {
  id: 'not-counted-as-of',
  scope: 'campaign',
  severity: 'info',
  clause: null,
  description: {
    zh: '指定检查的文件报送日期晚于检查日期：已完整检查，但截至检查日期不计入。',
    en: 'A file named as PATH was submitted after the as-of date: checked in full, but not counted as of then.',
  },
  messages: {
    later: {
      zh: '本文件报送日期 {submitted} 晚于检查日期 {asOf}：已按指定的文件完整检查，但截至 {asOf} 视为尚未报送，不计入报送情况和评分。',
      en: 'This file was submitted on {submitted}, after the as-of date {asOf}: it was checked in full because it was named, but as of {asOf} it counts as not yet submitted, in the submission matrix and in the scores.',
    },
  },
  explain: {
    why: {
      zh: '方案等材料在报送前自检时，报送日期常填计划报送的日子，晚于检查日期。此时仍要完整检查，不能因为“尚未报送”就显示未发现问题。',
      en: 'A plan checked before it is sent often carries the day it will be sent, after the as-of date. It must still be checked in full, never pass as "no problems" because it does not count yet.',
    },
    fix: {
      zh: '无需改动：这是提示。按正式报送的日期填写 submitted；统计某日的状态时，晚于该日报送的材料不计入。',
      en: 'Nothing to fix: this is a note. Write the real submission date in submitted; a state as of a date leaves out what was submitted later.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: ['# ebz check units/fgw/plan.yaml --as-of 2022-02-10', 'unit: fgw', 'submitted: 2022-02-14   # ← 晚于检查日期，截至 2022-02-10 不计入'].join('\n'),
    right: ['# ebz check units/fgw/plan.yaml --as-of 2022-02-14', 'unit: fgw', 'submitted: 2022-02-14'].join('\n'),
  },
  check({ state, report }) {
    const named = state.namedAfterAsOf;
    if (named) report({ source: named.file, path: ['submitted'] }, 'later', { submitted: named.submitted, asOf: state.asOf });
  },
};

export const crossCheckSkipped: UnitRule = {
  id: 'cross-check-skipped',
  scope: 'unit',
  severity: 'info',
  clause: null,
  description: {
    zh: '单独检查一个文件时，同一成员单位缺少用于交叉核对的文件（unit.yaml、benchmark.yaml、plan.yaml），列出未能进行的核对。',
    en: "A file checked without its unit's other files (unit.yaml, benchmark.yaml, plan.yaml): the cross-checks that could not run, by name.",
  },
  messages: {
    missing: {
      zh: '同一成员单位文件夹中没有可用的 {missing}，以下核对未能进行：{rules}。请把本文件放在成员单位文件夹中，与 {missing} 一起检查。',
      en: 'There is no usable {missing} in this unit folder, so these checks could not run: {rules}. Check the file in its unit folder, beside {missing}.',
    },
  },
  explain: {
    why: {
      zh: '审签人要按 unit.yaml 中的分管市领导或主要负责同志核对，方案中的指标要按建标材料核对。单独收到一个文件时，这些核对无法进行，应当说明，不能只显示一个 ✓。',
      en: 'The approver is checked against unit.yaml, a plan\'s indicators against the benchmark. A file received alone cannot be checked for these, and the check says so instead of a bare ✓.',
    },
    fix: {
      zh: '把文件放进对标创建工作文件夹中本单位的文件夹（units/单位标识/），与 unit.yaml、benchmark.yaml、plan.yaml 同在，再检查这个文件。',
      en: "Put the file into its unit's folder in the campaign folder (units/ID/), beside unit.yaml, benchmark.yaml and plan.yaml, and check it there.",
    },
    file: 'units/fgw/plan.yaml',
    wrong: ['# 下载文件夹/plan.yaml，旁边没有 unit.yaml   # ← 审签人无法核对', 'approval: { by: 张三, role: leader-in-charge, date: 2022-02-13 }'].join('\n'),
    right: ['# ordos-2022/units/fgw/plan.yaml，与 unit.yaml、benchmark.yaml 同在', 'approval: { by: 张三, role: leader-in-charge, date: 2022-02-13 }'].join('\n'),
  },
  check({ state, unit, report }) {
    const scope = state.loaded.scope;
    if (scope.kind !== 'file' || scope.unit !== unit.id) return;
    const folder = unit.folder;
    const files: [FileKind, unknown][] = [
      ['benchmark', folder.benchmark],
      ['research', folder.research],
      ['plan', folder.plan],
      ...[...folder.progress.values()].map((f): [FileKind, unknown] => ['progress', f]),
      ...[...folder.annual.values()].map((f): [FileKind, unknown] => ['annual', f]),
    ];
    const found = files.find(([, file]) => (file as { rel?: string } | undefined)?.rel === scope.file);
    if (!found) return;
    const [kind, source] = found as [FileKind, NonNullable<typeof folder.plan>];
    const usable = { 'unit.yaml': unit.profile, 'benchmark.yaml': unit.benchmark, 'plan.yaml': unit.plan };
    for (const [missing, rules] of Object.entries(RULES_NEEDING[kind] ?? {})) {
      if (usable[missing as keyof typeof usable] || rules.length === 0) continue;
      report({ source, path: [] }, 'missing', { missing, rules: rules.join(', ') });
    }
  },
};
