// unit-history-order: the terms of a leader in charge or principal (unit.yaml, or the roster) run one after another.
import { rosterOf } from '../model/roster.js';
import type { PersonOrHistory } from '../model/types.js';
import type { SourceFile } from '../load/source.js';
import type { DataPath } from '../load/yaml.js';
import { historyProblems } from '../model/people.js';
import type { UnitRule } from './types.js';

const POSTS = { leader_in_charge: { zh: '分管市领导', en: 'leader in charge' }, principal: { zh: '主要负责同志', en: 'principal' } } as const;

export const unitHistoryOrder: UnitRule = {
  id: 'unit-history-order',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: {
    zh: 'unit.yaml 中分管市领导或主要负责同志的任职记录相互重叠，或截止日期（until）早于起始日期（since）。',
    en: 'The terms of the leader in charge or the principal in unit.yaml overlap, or a term\'s until precedes its since.',
  },
  messages: {
    reversed: {
      zh: '{post}{name}的任职截止日期 {until} 早于起始日期 {since}。请核对任职日期。',
      en: 'The {post} {name}\'s term ends on {until}, before it starts on {since}. Check the dates.',
    },
    overlap: {
      zh: '{post}{name}的任职时间与{other}重叠。同一时间只能有一人在任：前任的 until 应早于后任的 since。',
      en: 'The {post} {name}\'s term overlaps {other}\'s. One person holds the post at a time: the earlier term\'s until comes before the later one\'s since.',
    },
  },
  explain: {
    why: {
      zh: '审签人按审签当日在任的领导核对。任职记录重叠或颠倒，就无法确定某一天由谁审签，已报送材料的审签无从判断。',
      en: 'An approver is judged against the person in office on the approval date. Overlapping or reversed terms leave it unclear who held the post on a given day, so no signature can be judged.',
    },
    fix: {
      zh: '领导调整时，在 unit.yaml 中把该项写成任职记录列表：前任写 until（最后在任日），后任写 since（到任日），日期含当日，前后不重叠。',
      en: 'When a leader changes, write the post as a list of terms in unit.yaml: the predecessor with until (the last day in office), the successor with since (the first day), both inclusive, without overlap.',
    },
    file: 'units/fgw/unit.yaml',
    wrong: [
      'leader_in_charge:',
      '  - { name: 张三, title: 副市长, until: 2023-07-10 }',
      '  - { name: 赵七, title: 副市长, since: 2023-07-01 }   # ← 与张三的任职时间重叠',
    ].join('\n'),
    right: [
      'leader_in_charge:',
      '  - { name: 张三, title: 副市长, until: 2023-06-30 }',
      '  - { name: 赵七, title: 副市长, since: 2023-07-01 }',
    ].join('\n'),
  },
  localize: (data, lang) => ({ ...data, post: POSTS[data.post as keyof typeof POSTS]?.[lang] ?? data.post }),
  check({ state, unit, report }) {
    // Under a roster the leader's terms are the roster's: found at the unit's entry in campaign.yaml.
    const entry = rosterOf(state.campaign)?.get(unit.id);
    const campaignFile = state.loaded.campaignFile;
    const places: { post: 'leader_in_charge' | 'principal'; value: PersonOrHistory | undefined; source: SourceFile; at: DataPath }[] = [];
    if (entry && campaignFile) places.push({ post: 'leader_in_charge', value: entry.member.leader_in_charge, source: campaignFile, at: ['members', entry.index, 'leader_in_charge'] });
    else if (unit.profile) places.push({ post: 'leader_in_charge', value: unit.profile.data.leader_in_charge, source: unit.profile.file, at: ['leader_in_charge'] });
    if (unit.profile) places.push({ post: 'principal', value: unit.profile.data.principal, source: unit.profile.file, at: ['principal'] });
    for (const { post, value, source, at } of places) {
      if (!Array.isArray(value)) continue;
      for (const problem of historyProblems(value)) {
        const term = value[problem.index]!;
        if (problem.kind === 'reversed') {
          report({ source, path: [...at, problem.index, 'until'] }, 'reversed', { post, name: term.name, since: term.since, until: term.until });
        } else {
          const key = term.since !== undefined ? 'since' : term.until !== undefined ? 'until' : 'name';
          report({ source, path: [...at, problem.index, key] }, 'overlap', { post, name: term.name, other: value[problem.other!]!.name });
        }
      }
    }
  },
};
