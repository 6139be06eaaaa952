// The office's roster (campaign.yaml `members`, 三(一)1): who is a member, and the facts the roster owns.
import type { Campaign, Member, UnitDoc } from './types.js';

/** The facts of a unit that the roster owns when it lists the unit (DESIGN §2 "The roster decides"). */
export const ROSTER_FACTS = ['name', 'kind', 'domain', 'leader_in_charge'] as const;

/** The roster by unit id, or null when the campaign has none. */
export function rosterOf(campaign: Pick<Campaign, 'members'>): Map<string, { member: Member; index: number }> | null {
  if (!campaign.members) return null;
  const roster = new Map<string, { member: Member; index: number }>();
  campaign.members.forEach((member, index) => {
    if (!roster.has(member.id)) roster.set(member.id, { member, index });
  });
  return roster;
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

/** What every report needs of a unit: its id, and the roster or unit.yaml facts when there are any. */
export interface NamedUnit {
  id: string;
  member: Member | null;
  profile?: { data: UnitDoc };
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
