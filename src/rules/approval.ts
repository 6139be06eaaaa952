// approval-signer, approval-date: benchmark and plan are signed by the right person, before submission.
import { signingFacts } from '../model/roster.js';
import { personOnDate } from '../model/people.js';
import type { Approval, PersonOrHistory } from '../model/types.js';
import type { Doc, UnitState } from '../model/state.js';
import type { SourceFile } from '../load/source.js';
import type { DataPath } from '../load/yaml.js';
import { looksSame, sameName, withCodePoints } from './names.js';
import type { Localized } from '../i18n/index.js';
import { lines, type UnitRule, type UnitRuleContext } from './types.js';

function signedDocuments(unit: UnitState): { doc: Doc<{ submitted: string; approval: Approval }>; name: { zh: string; en: string } }[] {
  const documents = [];
  if (unit.benchmark) documents.push({ doc: unit.benchmark, name: { zh: '建标材料', en: 'benchmark' } });
  if (unit.plan) documents.push({ doc: unit.plan, name: { zh: '对标创建工作方案', en: 'plan' } });
  return documents;
}

/** What a signer message says of the thing signed: a document (benchmark, plan) or a plan revision. */
const SIGNED = {
  document: { of: { zh: '', en: '' }, party: { zh: '市委部门的', en: 'A party department signs' }, when: { zh: '', en: '' }, then: { zh: '后报送', en: 'before submitting' } },
  revision: {
    of: { zh: '方案调整的', en: "revision's " },
    party: { zh: '市委部门方案调整的', en: "A party department's revision is signed" },
    when: { zh: '审签当日在任的', en: ' in office that day' },
    then: { zh: '', en: 'it' },
  },
} as const;

/** The messages of approval-signer and revision-signer, one set of words for both (checkSigner reports them). */
export function signerMessages(signed: keyof typeof SIGNED): Record<string, Localized> {
  const { of, party, when, then } = SIGNED[signed];
  return {
    leader: {
      zh: `${of.zh}审签人应为${when.zh}分管市领导{expected}（{where}），此处为{actual}。请由分管市领导审签${then.zh}。`,
      en: `The ${of.en}approver must be the leader in charge${when.en}, {expected} ({where}), not {actual}. Have the leader in charge sign ${then.en}.`,
    },
    principal: {
      zh: `市委部门的${signed === 'document' ? '材料应由本单位' : '方案调整应由审签当日在任的'}主要负责同志{expected}审签（unit.yaml），此处为{actual}。请由主要负责同志审签${then.zh}。`,
      en: `${party.en} by its principal${when.en}, {expected} (unit.yaml), not {actual}. Have the principal sign ${then.en}.`,
    },
    leaderRole: {
      zh: `${of.zh}审签人身份应为 leader-in-charge（分管市领导），此处为 {actual}。`,
      en: `The ${of.en}approver role must be leader-in-charge (the leader in charge), not {actual}.`,
    },
    leaderNone: {
      zh: `审签日期 {date} 当天，{where} 中没有在任的分管市领导，无法核对${of.zh}审签人{actual}。请在 {where} 中补全分管市领导的任职记录（since/until）。`,
      en: `On the approval date, {date}, {where} names no leader in charge in office, so the ${of.en}approver {actual} cannot be checked. Complete the leader's terms (since/until) in {where}.`,
    },
    principalNone: {
      zh: `审签日期 {date} 当天，unit.yaml 中没有在任的主要负责同志，无法核对${of.zh}审签人{actual}。请在 unit.yaml 中补全主要负责同志的任职记录（since/until）。`,
      en: `On the approval date, {date}, unit.yaml names no principal in office, so the ${of.en}approver {actual} cannot be checked. Complete the principal's terms (since/until) in unit.yaml.`,
    },
    principalRole: {
      zh: `${party.zh}审签人身份应为 principal（主要负责同志），此处为 {actual}。`,
      en: `A party department's ${of.en}approver role must be principal, not {actual}.`,
    },
  };
}

export const approvalSigner: UnitRule = {
  id: 'approval-signer',
  scope: 'unit',
  severity: 'error',
  clause: '三(一)2, 三(二)2',
  description: {
    zh: '建标材料和工作方案应经市人民政府分管领导审签；市委组织部、宣传部、统战部、政法委由本单位主要负责同志审签。',
    en: 'Benchmark and plan are signed by the municipal leader in charge; the four party departments sign by their own principal.',
  },
  messages: signerMessages('document'),
  explain: {
    why: {
      zh: '审签人不对，材料就没有经过规定的领导把关，报送无效。审签人按 unit.yaml 中登记的分管市领导或主要负责同志核对。',
      en: 'Signed by the wrong person, a document has not passed the required leader and does not count. The approver is checked against the leader in charge or principal recorded in unit.yaml.',
    },
    fix: {
      zh: '由分管市领导审签（role: leader-in-charge），市委组织部、宣传部、统战部、政法委由本单位主要负责同志审签（role: principal）；by 填写审签人姓名，与 unit.yaml 一致。分管市领导调整的，在 unit.yaml 中写明前后两任的任职记录（since/until）：已报送的材料按审签当日在任者核对，仍然有效。',
      en: 'Have the leader in charge sign (role: leader-in-charge); the four party departments sign by their own principal (role: principal). Write the signer\'s name in by, exactly as in unit.yaml. If the leader in charge has changed, record both terms in unit.yaml (since/until): documents already sent are judged against whoever held the post on their approval date, and stay valid.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines(
      '# unit.yaml：分管市领导张三，主要负责同志李四',
      'approval: { by: 李四, role: principal, date: 2022-02-13 }   # ← 应由分管市领导审签',
    ),
    right: lines('# unit.yaml：分管市领导张三，主要负责同志李四', 'approval: { by: 张三, role: leader-in-charge, date: 2022-02-13 }'),
  },
  localize: (data, lang) => ({ ...data, where: whereWords(data.where, lang) }),
  check({ unit, report }) {
    const profile = signingFacts(unit);
    if (!profile) return;
    const party = profile.kind === 'party-department';
    const post = party ? profile.principal : profile.leader_in_charge;
    if (!post) return;
    for (const { doc } of signedDocuments(unit)) checkSigner(doc.file, ['approval'], doc.data.approval, post, party, report, !party && unit.member !== null);
  },
};

/**
 * Judges one approval against the person in office on its date (unit.yaml terms): the name, then the
 * role. Shared by approval-signer and revision-signer, whose messages have the same ids.
 */
export function checkSigner(
  source: SourceFile,
  path: DataPath,
  approval: Approval,
  post: PersonOrHistory,
  party: boolean,
  report: UnitRuleContext['report'],
  fromRoster = false,
): void {
  const expected = personOnDate(post, approval.date);
  // Where the leader in charge is written: unit.yaml, or under a roster the roster (campaign.yaml members).
  const where = fromRoster ? 'roster' : 'unit.yaml';
  if (!expected) {
    report({ source, path: [...path, 'date'] }, party ? 'principalNone' : 'leaderNone', { date: approval.date, actual: approval.by, where });
  } else if (!sameName(approval.by, expected.name)) {
    // Two names that look alike but are not (a full-width letter, an invisible character) are shown with their code points.
    const alike = looksSame(approval.by, expected.name);
    const [shownExpected, shownActual] = alike ? [withCodePoints(expected.name), withCodePoints(approval.by)] : [expected.name, approval.by];
    report({ source, path: [...path, 'by'] }, party ? 'principal' : 'leader', { expected: shownExpected, actual: shownActual, where });
  } else if (approval.role !== (party ? 'principal' : 'leader-in-charge')) {
    report({ source, path: [...path, 'role'] }, party ? 'principalRole' : 'leaderRole', { actual: approval.role });
  }
}

/** The words for where a leader in charge is written: unit.yaml, or the roster. */
export function whereWords(where: unknown, lang: 'zh' | 'en'): string {
  if (where !== 'roster') return 'unit.yaml';
  return lang === 'zh' ? 'campaign.yaml 成员单位名单' : 'the roster in campaign.yaml';
}

export const approvalDate: UnitRule = {
  id: 'approval-date',
  scope: 'unit',
  severity: 'error',
  clause: '三(一)2, 三(二)2',
  description: { zh: '审签日期晚于报送日期：材料应先审签、后报送。', en: 'The approval is dated after submission: a document is signed before it is sent.' },
  messages: {
    after: {
      zh: '审签日期 {approved} 晚于报送日期 {submitted}。材料应经审签同意后报送，请核对日期。',
      en: 'Approved on {approved}, after it was submitted on {submitted}. A document is signed before it is sent; check the dates.',
    },
  },
  explain: {
    why: {
      zh: '材料应先审签、后报送。审签日期晚于报送日期，说明报送时尚未审签，或日期填写有误。',
      en: 'A document is signed before it is sent. An approval dated after submission means it was sent unsigned, or a date is wrong.',
    },
    fix: {
      zh: '核对审签日期和报送日期，按实际填写。确系未经审签即报送的，应补办审签后重新报送，并以重新报送日期为报送日期。',
      en: 'Check both dates and write the real ones. If it really was sent unsigned, have it signed and send it again, with the new submission date.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('submitted: 2022-01-03', 'approval: { by: 张三, role: leader-in-charge, date: 2022-01-05 }   # ← 晚于报送日期'),
    right: lines('submitted: 2022-01-03', 'approval: { by: 张三, role: leader-in-charge, date: 2022-01-02 }'),
  },
  check({ unit, report }) {
    for (const { doc } of signedDocuments(unit)) {
      const { approval, submitted } = doc.data;
      if (approval.date > submitted) report({ source: doc.file, path: ['approval', 'date'] }, 'after', { approved: approval.date, submitted });
    }
  },
};
