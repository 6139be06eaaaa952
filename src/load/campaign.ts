// campaign.yaml: read it (or the embedded default), fill in defaults, and check it is a sound yardstick.
import { DEFAULT_CAMPAIGN_YAML } from '../model/default-campaign.js';
import type { Report } from '../model/finding.js';
import { COMPONENT_IDS, type Campaign, type CampaignDoc, type Scoring, type Weights } from '../model/types.js';
import { isValidTimeZone } from '../calendar/dates.js';
import { fastParse } from './fast-parse.js';
import type { SourceFile } from './source.js';
import { yamlLib } from './yaml-lib.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

let defaultDoc: CampaignDoc | undefined;

/**
 * The embedded Ordos default, as parsed from the text `ebz init` writes: on the fast path, which reads
 * it exactly as yaml would (a test holds the two equal), so a check need not load yaml for it.
 */
export function defaultCampaignDoc(): CampaignDoc {
  defaultDoc ??= (fastParse(DEFAULT_CAMPAIGN_YAML) ?? yamlLib().parse(DEFAULT_CAMPAIGN_YAML)) as CampaignDoc;
  return defaultDoc;
}

/** campaign.yaml with every optional key given its Ordos default. */
export function resolveCampaign(doc: CampaignDoc): Campaign {
  const defaults = defaultCampaignDoc();
  const defaultScoring = defaults.scoring as Scoring;
  const scoring = { ...defaultScoring, ...(doc.scoring ?? {}) } as Scoring;
  return {
    id: doc.id,
    title: doc.title,
    city: doc.city,
    timezone: doc.timezone ?? 'Asia/Shanghai',
    phases: doc.phases,
    deadlines: doc.deadlines,
    progress: (Array.isArray(doc.progress) ? doc.progress : [doc.progress]).map((p) => ({ first: p.first, last: p.last ?? null, every: p.every ?? 'month', due_day: p.due_day })),
    annual: { first: doc.annual.first, due: doc.annual.due },
    // Maps built from data have no prototype: `constructor` or `__proto__` is never a domain or a rule.
    domains: plainMap(doc.domains as Record<string, string>),
    economic_domains: doc.economic_domains ?? [],
    scoring: {
      ...scoring,
      // The Ordos domain weights apply by default only to the domains this campaign has.
      domain_weights: plainMap(
        doc.scoring?.domain_weights ?? Object.fromEntries(Object.entries(defaultScoring.domain_weights).filter(([domain]) => Object.hasOwn(doc.domains, domain))),
      ) as Scoring['domain_weights'],
    },
    office: doc.office ?? `${doc.title}领导小组办公室`,
    co_issuers: doc.co_issuers ?? [],
    bulletin: { recipients: doc.bulletin?.recipients ?? '各成员单位', next_steps: nextSteps(doc.bulletin?.next_steps), copy_to: doc.bulletin?.copy_to ?? [] },
    rules: plainMap(doc.rules ?? {}) as Campaign['rules'],
    calendar: {
      rollover: doc.calendar?.rollover ?? 'next-workday',
      holidays: doc.calendar?.holidays ?? [],
      workdays: doc.calendar?.workdays ?? [],
    },
    members: doc.members && doc.members.length > 0 ? doc.members : null,
    limits: { max_file_bytes: doc.limits?.max_file_bytes ?? DEFAULT_MAX_FILE_BYTES },
  };
}

/** A copy of a mapping from data with no prototype, so no key can reach Object's own properties. */
export function plainMap<T>(source: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, source);
}

/**
 * What makes a schema-valid campaign.yaml still unusable: phases out of order, deadlines outside
 * their phase, weights not summing to 100, unknown domains or timezone.
 */
export function campaignProblems(campaign: Campaign, file: SourceFile | null): Report[] {
  const problems: Report[] = [];
  const rel = file?.rel ?? 'campaign.yaml';
  const add = (path: (string | number)[], messageId: string, data: Report['data'], target: 'value' | 'key' = 'value') => {
    const at = file?.locate(path, target) ?? null;
    problems.push({ rule: 'campaign', messageId, data, unit: null, file: rel, line: at?.line ?? null, column: at?.column ?? null });
  };

  if (!isValidTimeZone(campaign.timezone)) add(['timezone'], 'campaignTimezone', { value: campaign.timezone });

  const { build, compare, reach, create } = campaign.phases;
  const order: [string, string, string[]][] = [
    [build.start, build.end, ['phases', 'build', 'end']],
    [build.end, compare.start, ['phases', 'compare', 'start']],
    [compare.start, compare.end, ['phases', 'compare', 'end']],
    [compare.end, reach.start, ['phases', 'reach', 'start']],
    [reach.start, reach.end, ['phases', 'reach', 'end']],
    [reach.end, create.start, ['phases', 'create', 'start']],
  ];
  for (const [before, after, path] of order) {
    if (after < before) add(path, 'campaignPhaseOrder', { before, after });
  }
  const deadlines = campaign.deadlines;
  if (deadlines.research < deadlines.benchmark) add(['deadlines', 'research'], 'campaignDeadlineOrder', { before: deadlines.benchmark, after: deadlines.research });
  if (deadlines.plan < deadlines.research) add(['deadlines', 'plan'], 'campaignDeadlineOrder', { before: deadlines.research, after: deadlines.plan });
  const listed = Array.isArray(file?.data && (file.data as { progress?: unknown }).progress);
  campaign.progress.forEach((stretch, i) => {
    const at = (key: string) => (listed ? ['progress', i, key] : ['progress', key]);
    if (stretch.last !== null && stretch.last < stretch.first) add(at('last'), 'campaignMonthOrder', { first: stretch.first, last: stretch.last });
    const before = campaign.progress[i - 1];
    if (before && (before.last === null || stretch.first <= before.last)) add(at('first'), 'campaignStretchOrder', { first: stretch.first, last: before.last ?? '—' });
    if (stretch.every === 'quarter' && Number(stretch.first.slice(5)) % 3 !== 0) add(at('first'), 'campaignQuarterMonth', { first: stretch.first });
  });

  checkWeights(campaign.scoring.weights, ['scoring', 'weights'], add);
  for (const [domain, overrides] of Object.entries(campaign.scoring.domain_weights)) {
    if (!Object.hasOwn(campaign.domains, domain)) add(['scoring', 'domain_weights', domain], 'campaignUnknownDomain', { domain }, 'key');
    else checkWeights({ ...campaign.scoring.weights, ...overrides }, ['scoring', 'domain_weights', domain], add, domain);
  }
  campaign.economic_domains.forEach((domain, i) => {
    if (!Object.hasOwn(campaign.domains, domain)) add(['economic_domains', i], 'campaignUnknownDomain', { domain });
  });
  const memberIds = new Set<string>();
  (campaign.members ?? []).forEach((member, i) => {
    if (memberIds.has(member.id)) add(['members', i, 'id'], 'campaignMemberRepeated', { id: member.id });
    memberIds.add(member.id);
  });
  const grades = campaign.scoring.grades;
  for (let i = 1; i < grades.length; i++) {
    if (grades[i]!.min >= grades[i - 1]!.min) add(['scoring', 'grades', i, 'min'], 'campaignGradeOrder', {});
  }
  return problems;
}

function checkWeights(
  weights: Weights,
  path: (string | number)[],
  add: (path: (string | number)[], messageId: string, data: Report['data']) => void,
  domain?: string,
) {
  const sum = COMPONENT_IDS.reduce((total, id) => total + weights[id], 0);
  if (Math.abs(sum - 100) > 1e-9) {
    add(path, domain ? 'campaignDomainWeightSum' : 'campaignWeightSum', { sum: Number(sum.toFixed(4)), domain: domain ?? '' });
  }
}

/** 下步工作: one list for every bulletin, or a list per kind of bulletin. */
function nextSteps(value: NonNullable<CampaignDoc['bulletin']>['next_steps']): Campaign['bulletin']['next_steps'] {
  if (value === undefined) return { monthly: [], quarterly: [], annual: [] };
  if (Array.isArray(value)) return { monthly: value, quarterly: value, annual: value };
  return { monthly: value.monthly ?? [], quarterly: value.quarterly ?? [], annual: value.annual ?? [] };
}
