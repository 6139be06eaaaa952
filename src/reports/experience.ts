// `ebz report experience`: 经验做法汇编 (三(四)2 "单独整理") — every year's learned experience and
// achievements, grouped by domain and then by the region of the unit's benchmark.
import type { IsoDate } from '../calendar/dates.js';
import { measureDefinitions } from '../model/measures.js';
import { unitDomain, unitShortName } from '../model/roster.js';
import type { CampaignState, UnitState } from '../model/state.js';
import type { AnnualDoc } from '../model/types.js';

export interface LearnedItem {
  unit: string;
  title: string;
  summary: string;
  /** The measures it came from: their ids, and their titles in the same order. */
  measures: string[];
  measureTitles: string[];
}

/** The title of a measure of the unit by its id (the id itself when the unit has no such measure). */
export function measureTitles(unit: UnitState): (measure: string) => string {
  const titles = new Map(measureDefinitions(unit).map((d) => [d.measure.id, d.measure.title]));
  return (measure) => titles.get(measure) ?? measure;
}

/** The learned experience of one annual review, each with the titles of the measures it came from. */
export function learnedItems(unit: UnitState, data: AnnualDoc, titleOf = measureTitles(unit)): LearnedItem[] {
  return (data.learned ?? []).map((l) => ({ unit: unit.id, title: l.title, summary: l.summary, measures: l.measures ?? [], measureTitles: (l.measures ?? []).map(titleOf) }));
}

export interface ExperienceItem {
  kind: 'learned' | 'achievement';
  unit: string;
  /** The roster's short name of the unit. */
  short: string;
  year: number;
  title: string;
  /** The summary of a learned experience, the description of an achievement. */
  text: string;
  /** Achievements: 市级/自治区级/国家级 and 经验/模式/标杆; null for learned experience. */
  level: 'city' | 'region' | 'national' | null;
  category: 'experience' | 'model' | 'benchmark' | null;
  measures: string[];
  measureTitles: string[];
}

export interface ExperienceRegion {
  /** The region of the units' benchmark (benchmark.yaml target.region); null when none is known. */
  region: string | null;
  items: ExperienceItem[];
}

export interface ExperienceDomain {
  domain: string | null;
  /** The domain's name in campaign.yaml `domains`. */
  name: string | null;
  regions: ExperienceRegion[];
}

export interface ExperienceReport {
  campaign: string;
  title: string;
  asOf: IsoDate;
  summary: { units: number; learned: number; achievements: number };
  domains: ExperienceDomain[];
}

function unitItems(unit: UnitState): ExperienceItem[] {
  const titleOf = measureTitles(unit);
  const short = unitShortName(unit);
  const reviews = [...unit.annual].sort((a, b) => a.data.year - b.data.year);
  return reviews.flatMap(({ data }) => [
    ...learnedItems(unit, data, titleOf).map((l): ExperienceItem => ({ kind: 'learned', unit: unit.id, short, year: data.year, title: l.title, text: l.summary, level: null, category: null, measures: l.measures, measureTitles: l.measureTitles })),
    ...(data.achievements ?? []).map((a): ExperienceItem => ({ kind: 'achievement', unit: unit.id, short, year: data.year, title: a.title, text: a.description, level: a.level, category: a.kind ?? null, measures: [], measureTitles: [] })),
  ]);
}

/** Every annual review counted as of A; domains in campaign.yaml's order, regions as the units come (official order). */
export function buildExperienceReport(state: CampaignState): ExperienceReport {
  const domainOrder = Object.keys(state.campaign.domains);
  const groups = new Map<string | null, Map<string | null, ExperienceItem[]>>();
  const withItems = new Set<string>();
  for (const unit of state.units) {
    const items = unitItems(unit);
    if (items.length === 0) continue;
    withItems.add(unit.id);
    const domain = unitDomain(unit) ?? null;
    const region = unit.benchmark?.data.target.region ?? null;
    const regions = groups.get(domain) ?? groups.set(domain, new Map()).get(domain)!;
    regions.set(region, [...(regions.get(region) ?? []), ...items]);
  }
  const rank = (domain: string | null) => (domain === null || !domainOrder.includes(domain) ? domainOrder.length : domainOrder.indexOf(domain));
  const domains = [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([domain, regions]): ExperienceDomain => ({
      domain,
      name: domain === null ? null : (state.campaign.domains[domain] ?? domain),
      regions: [...regions.entries()].map(([region, items]) => ({ region, items })),
    }));
  const all = domains.flatMap((d) => d.regions.flatMap((r) => r.items));
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    asOf: state.asOf,
    summary: { units: withItems.size, learned: all.filter((i) => i.kind === 'learned').length, achievements: all.filter((i) => i.kind === 'achievement').length },
    domains,
  };
}
