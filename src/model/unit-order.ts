// The official order of units (DESIGN §6): party departments, then government departments, institutions,
// vertical and other; within each group by unit.yaml `order`, then by id.
import type { UnitKind } from './types.js';

const KIND_RANK: Record<UnitKind, number> = { 'party-department': 0, 'government-department': 1, institution: 2, vertical: 3, other: 4 };

export interface OrderedUnit {
  id: string;
  kind?: string;
  order?: unknown;
}

/** Negative when `a` comes before `b` in the order a city's documents list its departments in. */
export function compareOfficialOrder(a: OrderedUnit, b: OrderedUnit): number {
  const kind = (u: OrderedUnit) => KIND_RANK[u.kind as UnitKind] ?? 5;
  // A unit without an `order` (or with one that is not a number) comes after the numbered ones of its group.
  const order = (u: OrderedUnit) => (typeof u.order === 'number' && Number.isFinite(u.order) ? u.order : Number.POSITIVE_INFINITY);
  return kind(a) - kind(b) || order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The units in official order (a new array). */
export function inOfficialOrder<T>(units: readonly T[], key: (unit: T) => OrderedUnit): T[] {
  return [...units].sort((a, b) => compareOfficialOrder(key(a), key(b)));
}
