// The office's roster (campaign.yaml `members`, 三(一)1): who is a member, and the facts the roster owns.
import type { LoadedCampaign } from './files.js';
import type { Campaign, Member, UnitDoc } from './types.js';

/** The facts of a unit that the roster owns when it lists the unit (DESIGN §2 "The roster decides"). */
export const ROSTER_FACTS = ['name', 'kind', 'domain', 'leader_in_charge'] as const;

type Roster = Map<string, { member: Member; index: number }>;
const rosters = new WeakMap<Member[], Roster>();

/** The roster by unit id (worked out once per campaign), or null when the campaign has none. */
export function rosterOf(campaign: Pick<Campaign, 'members'>): Roster | null {
  const members = campaign.members;
  if (!members) return null;
  let roster = rosters.get(members);
  if (!roster) {
    roster = new Map();
    members.forEach((member, index) => {
      if (!roster!.has(member.id)) roster!.set(member.id, { member, index });
    });
    rosters.set(members, roster);
  }
  return roster;
}

/** The roster's names and short names: what a terminal never breaks across lines. */
export function rosterNames(campaign: Pick<Campaign, 'members'>): string[] {
  return (campaign.members ?? []).flatMap((member) => [member.name, member.short ?? '']).filter(Boolean);
}

/** Every unit name terminal text keeps whole: the roster's names and short names, and each unit.yaml's name (a campaign without a roster). */
export function unitNames(loaded: Pick<LoadedCampaign, 'campaign' | 'units'>): string[] {
  const own = loaded.units.map((folder) => (folder.profile?.data as { name?: unknown } | undefined)?.name).filter((name): name is string => typeof name === 'string' && name !== '');
  return [...new Set([...rosterNames(loaded.campaign), ...own])];
}

/**
 * unit.yaml as the rules and reports read it: under a roster, the roster's name, kind, domain, leader
 * and order replace whatever unit.yaml says (a contradiction is `unit-roster-mismatch`).
 */
export function withRoster(profile: UnitDoc, member: Member | null): UnitDoc {
  if (!member) return profile;
  const merged: UnitDoc = { ...profile, name: member.name, kind: member.kind, domain: member.domain };
  if (member.leader_in_charge !== undefined) merged.leader_in_charge = member.leader_in_charge;
  else delete merged.leader_in_charge;
  if (member.order !== undefined) merged.order = member.order;
  return merged;
}

/** A unit as `--unit` may name it: its id, its full name and its short name. */
export interface UnitNames {
  id: string;
  name?: string;
  short?: string;
}

/** A unit name's core, as a clerk types it: without the city (中共鄂尔多斯市委组织部 → 委组织部) and a leading 市. */
function nameCore(name: string, city: string | undefined): string {
  let core = name.trim().replace(/^中共/, '');
  if (city && core.startsWith(city)) core = core.slice(city.length);
  return core.replace(/^市/, '');
}

/** The unit a value names: its id, full name or short name, else the one whose name's core it is (工信局 → 市工信局). */
export function unitNamed(value: string, units: readonly UnitNames[], city?: string): string | undefined {
  const typed = value.trim();
  const exact = units.find((u) => u.id === typed || u.name === typed || u.short === typed);
  if (exact) return exact.id;
  const core = nameCore(typed, city);
  if (core === '') return undefined;
  const found = units.filter((u) => [u.name, u.short].some((n) => n !== undefined && nameCore(n, city) === core));
  const ids = new Set(found.map((u) => u.id));
  return ids.size === 1 ? found[0]!.id : undefined;
}

/**
 * `--unit` values as unit ids: an id stays itself; a roster member's (or a unit.yaml's, in `others`)
 * full name or short name (市发展改革委, 发展改革委) becomes its id; anything else is left for the caller
 * to refuse with a suggestion.
 */
export function unitIdsFor(campaign: Pick<Campaign, 'members'> & { city?: string }, given: readonly string[], others: readonly UnitNames[] = []): string[] {
  const roster = rosterOf(campaign);
  const units: UnitNames[] = [...[...(roster?.values() ?? [])].map(({ member }) => member), ...others];
  return given.map((value) => (roster?.has(value) ? value : (unitNamed(value, units, campaign.city) ?? value)));
}

/** What every report needs of a unit: its id, and the roster or unit.yaml facts when there are any. */
export interface NamedUnit {
  id: string;
  member: Member | null;
  profile?: { data: UnitDoc };
}

/**
 * Who signs for a unit: its kind, leader in charge and principal. Under a roster a unit that sent no
 * unit.yaml still has its kind and leader (a party department's principal is then unknown).
 */
export function signingFacts(unit: NamedUnit): Pick<UnitDoc, 'kind' | 'leader_in_charge'> & { principal?: UnitDoc['principal'] } | undefined {
  if (unit.profile) return unit.profile.data;
  if (!unit.member) return undefined;
  return { kind: unit.member.kind, ...(unit.member.leader_in_charge ? { leader_in_charge: unit.member.leader_in_charge } : {}) };
}

/** The unit's full name: the roster's, else unit.yaml's, else its id. */
export function unitName(unit: NamedUnit): string {
  return unit.member?.name ?? unit.profile?.data.name ?? unit.id;
}

/** The name for tables and lists of names: the roster's short name (简称) where it gives one. */
export function unitShortName(unit: NamedUnit): string {
  return unit.member?.short ?? unitName(unit);
}

/** The unit's domain: the roster's, else unit.yaml's. */
export function unitDomain(unit: NamedUnit): string | undefined {
  return unit.member?.domain ?? unit.profile?.data.domain;
}
