// unit-not-member, unit-roster-mismatch, and what unit.yaml must say for itself when no roster speaks for
// it: who is a member, its kind, domain and leader are the office's facts (三(一)1).
import type { Report } from '../model/finding.js';
import { personHistory } from '../model/people.js';
import type { CampaignState } from '../model/state.js';
import type { PersonOrHistory } from '../model/types.js';
import { describeField, nearest } from '../load/validate.js';
import { lines, type CampaignRule, type UnitRule } from './types.js';

const KINDS: Record<string, { zh: string; en: string }> = {
  'government-department': { zh: '市人民政府组成部门', en: 'government department' },
  'party-department': { zh: '市委部门', en: 'party department' },
  institution: { zh: '直属事业单位', en: 'institution' },
  vertical: { zh: '垂直管理部门', en: 'vertical' },
  other: { zh: '其他', en: 'other' },
};

export const unitNotMember: CampaignRule = {
  id: 'unit-not-member',
  scope: 'campaign',
  severity: 'error',
  clause: '三(一)1',
  description: { zh: 'units/ 下的文件夹不在 campaign.yaml 的成员单位名单（members）中。', en: 'A folder under units/ that the campaign.yaml roster (members) does not list.' },
  messages: {
    notListed: {
      zh: '“{unit}”不在 campaign.yaml 的成员单位名单（members）中，其材料不予受理。新增成员单位由领导小组办公室列入名单；文件夹名写错的，请改为名单中的标识。{hint}',
      en: '"{unit}" is not on the roster (campaign.yaml members), so its files are not accepted. The office adds a new member to the roster; a misnamed folder takes the id the roster gives. {hint}',
    },
  },
  explain: {
    why: {
      zh: '领导小组由哪些成员单位组成是领导小组办公室掌握的事实（三(一)1），不由报送材料的文件夹决定。名单外的文件夹既不催报，也不参加评估。',
      en: 'Which units make up the leading group is the office\'s fact (三(一)1), not something a folder decides by being there. A folder off the roster is neither chased nor assessed.',
    },
    fix: {
      zh: '新增成员单位的，由领导小组办公室在 campaign.yaml 的 members 中加上一行（标识、全称、简称、类别、领域、分管市领导、排序号）；文件夹名写错的，改为名单中的标识。',
      en: 'For a new member, the office adds a line to campaign.yaml members (id, name, short name, kind, domain, leader in charge, order); a misnamed folder is renamed to the id on the roster.',
    },
    file: 'campaign.yaml',
    wrong: lines('members:', '  - { id: fgw, name: 鄂尔多斯市发展和改革委员会, short: 市发展改革委, kind: government-department, domain: project-construction }', '# ← units/xxj/ 不在名单中'),
    right: lines(
      'members:',
      '  - { id: fgw, name: 鄂尔多斯市发展和改革委员会, short: 市发展改革委, kind: government-department, domain: project-construction }',
      '  - { id: xxj, name: 鄂尔多斯市大数据中心, short: 市大数据中心, kind: institution, domain: business-environment, leader_in_charge: { name: 张三, title: 副市长 } }',
    ),
  },
  localize(data, lang) {
    if (!data.suggestion) return { ...data, hint: '' };
    return { ...data, hint: lang === 'zh' ? `是否应为“${data.suggestion}”？` : `Did you mean "${data.suggestion}"?` };
  },
  check({ state, report }) {
    const ids = (state.campaign.members ?? []).map((m) => m.id);
    const scope = state.loaded.scope;
    for (const folder of state.nonMembers) {
      const data = { unit: folder.id, suggestion: nearest(folder.id, ids) ?? '' };
      // A file of the folder checked on its own is refused too: never a ✓ for a file the office will not take.
      if (scope.kind === 'file' && scope.unit === folder.id && scope.file !== folder.profile?.rel) report({ file: scope.file, unit: folder.id }, 'notListed', data);
      else if (folder.profile) report({ source: folder.profile, path: ['id'], at: 'key' }, 'notListed', data);
      else report({ file: folder.rel, unit: folder.id }, 'notListed', data);
    }
  },
};

/** A post as the roster and unit.yaml write it, reduced to what must agree: names, titles and terms. */
function postKey(value: PersonOrHistory | undefined): string {
  return JSON.stringify(personHistory(value).map((t) => [t.name.trim(), t.title.trim(), t.since ?? null, t.until ?? null]));
}

/** The names of a post's holders, in order ('' for nobody: a party department has no leader in charge). */
function postNames(value: PersonOrHistory | undefined): string {
  return personHistory(value)
    .map((t) => t.name)
    .join('、');
}

export const unitRosterMismatch: UnitRule = {
  id: 'unit-roster-mismatch',
  scope: 'unit',
  severity: 'error',
  clause: '三(一)1',
  description: {
    zh: 'unit.yaml 写的单位名称、类别、所属领域或分管市领导与成员单位名单不一致。',
    en: 'unit.yaml gives a name, kind, domain or leader in charge other than the roster\'s.',
  },
  messages: {
    name: {
      zh: '单位名称写的是“{actual}”，成员单位名单（campaign.yaml）为“{expected}”。以名单为准：请改为一致，或删去此项。',
      en: 'The name is "{actual}"; the roster (campaign.yaml) says "{expected}". The roster decides: write the same, or leave the name out.',
    },
    kind: {
      zh: '单位类别写的是 {actual}（{actualWords}），成员单位名单（campaign.yaml）为 {expected}（{expectedWords}）。单位类别由领导小组办公室确定，审签人按名单核对：请删去此项或改为一致。',
      en: 'The kind is {actual} ({actualWords}); the roster (campaign.yaml) says {expected} ({expectedWords}). The office decides the kind, and approvers are judged by the roster: leave it out or write the same.',
    },
    domain: {
      zh: '所属领域写的是 {actual}，成员单位名单（campaign.yaml）为 {expected}。以名单为准：请删去此项或改为一致。',
      en: 'The domain is {actual}; the roster (campaign.yaml) says {expected}. The roster decides: leave it out or write the same.',
    },
    leader: {
      zh: '分管市领导写的是{actual}，成员单位名单（campaign.yaml）为{expected}。分管市领导以名单为准，审签人按名单核对：请删去此项或改为一致。',
      en: 'The leader in charge is given as {actual}; the roster (campaign.yaml) says {expected}. The roster decides, and approvers are judged by it: leave it out or write the same.',
    },
  },
  explain: {
    why: {
      zh: '单位类别决定由谁审签：一个局自称市委部门，就能由本单位主要负责同志审签方案，绕过分管市领导。单位类别、所属领域、分管市领导以领导小组办公室的名单为准。',
      en: 'The kind decides who signs: a bureau that calls itself a party department could sign its own plan and bypass the leader in charge. Kind, domain and leader in charge are the office\'s, as the roster gives them.',
    },
    fix: {
      zh: '在 unit.yaml 中删去 kind、domain、leader_in_charge（名单已有），或改为与名单一致；名单本身有误的，请领导小组办公室改正 campaign.yaml 的 members。',
      en: 'Remove kind, domain and leader_in_charge from unit.yaml (the roster has them), or write the same; if the roster is wrong, the office corrects campaign.yaml members.',
    },
    file: 'units/fgw/unit.yaml',
    wrong: lines('id: fgw', 'name: 鄂尔多斯市发展和改革委员会', 'kind: party-department   # ← 名单为 government-department', 'principal: { name: 李四, title: 主任 }'),
    right: lines('id: fgw', 'name: 鄂尔多斯市发展和改革委员会', 'principal: { name: 李四, title: 主任 }', 'contact: { name: 王五, phone: "0477-8888888" }'),
  },
  localize(data, lang) {
    const words = (kind: unknown) => KINDS[String(kind)]?.[lang] ?? String(kind);
    const nobody = lang === 'zh' ? '（无）' : '(none)';
    if (data.post) return { ...data, actual: data.actual || nobody, expected: data.expected || nobody };
    return { ...data, actualWords: words(data.actual), expectedWords: words(data.expected) };
  },
  check({ unit, report }) {
    const member = unit.member;
    const source = unit.folder.profile;
    const raw = source?.data;
    if (!member || !source || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
    const written = raw as Record<string, unknown>;
    if (typeof written.name === 'string' && written.name.trim() !== member.name.trim()) report({ source, path: ['name'] }, 'name', { actual: written.name, expected: member.name });
    if (typeof written.kind === 'string' && written.kind !== member.kind) report({ source, path: ['kind'] }, 'kind', { actual: written.kind, expected: member.kind });
    if (typeof written.domain === 'string' && written.domain !== member.domain) report({ source, path: ['domain'] }, 'domain', { actual: written.domain, expected: member.domain });
    if ('leader_in_charge' in written && postKey(written.leader_in_charge as PersonOrHistory) !== postKey(member.leader_in_charge)) {
      report({ source, path: ['leader_in_charge'] }, 'leader', { post: 1, actual: postNames(written.leader_in_charge as PersonOrHistory), expected: postNames(member.leader_in_charge) });
    }
  },
};

/**
 * Without a roster entry, unit.yaml speaks for itself: kind and domain are required, and the leader in
 * charge unless it is a party department. Reported as the schema findings they always were.
 */
export function profileRequirements(state: CampaignState): Report[] {
  const reports: Report[] = [];
  for (const unit of state.units) {
    const source = unit.folder.profile;
    const raw = source?.data;
    if (unit.member || !source || raw === null || typeof raw !== 'object' || Array.isArray(raw)) continue;
    const written = raw as Record<string, unknown>;
    const missing = (['kind', 'domain'] as const).filter((key) => !(key in written));
    const kind = written.kind;
    if (typeof kind === 'string' && kind in KINDS && kind !== 'party-department' && !('leader_in_charge' in written)) missing.push('leader_in_charge' as never);
    for (const key of missing) {
      const at = source.locate([], 'value');
      reports.push({ rule: 'schema', messageId: 'required', data: { ...describeField('unit', [key]), missing: key }, unit: unit.id, file: source.rel, line: at.line, column: at.column });
    }
  }
  return reports;
}
