// Who held a post on a date: unit.yaml's leader_in_charge and principal, one person or a history.
import type { IsoDate, Person, PersonOrHistory, PersonTerm } from './types.js';

/** The entries of a post, oldest first as written: a single person is one open-ended term. */
export function personHistory(value: PersonOrHistory | undefined): PersonTerm[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** True when `value` is written as a history (a list of terms) rather than one person. */
export function isHistory(value: PersonOrHistory | undefined): boolean {
  return Array.isArray(value);
}

/** The term that covers `date` (`since` and `until` inclusive); undefined when nobody held the post then. */
export function personOnDate(value: PersonOrHistory | undefined, date: IsoDate): PersonTerm | undefined {
  return personHistory(value).find((term) => (term.since === undefined || term.since <= date) && (term.until === undefined || date <= term.until));
}

/** The person in the post now: the open-ended term, else the one that started last, else the last written. */
export function currentPerson(value: PersonOrHistory | undefined): Person | undefined {
  const terms = personHistory(value);
  const open = terms.filter((t) => t.until === undefined);
  const pool = open.length ? open : terms;
  return [...pool].sort((a, b) => ((a.since ?? '') < (b.since ?? '') ? -1 : (a.since ?? '') > (b.since ?? '') ? 1 : 0)).at(-1);
}

export interface HistoryProblem {
  /** Index of the term at fault. */
  index: number;
  kind: 'reversed' | 'overlap';
  /** For an overlap: the index of the earlier term it overlaps. */
  other?: number;
}

/**
 * What is wrong with a history: a term whose `until` precedes its `since`, or two terms that share a
 * day (an open end counts as reaching to the start or end of time).
 */
export function historyProblems(value: PersonOrHistory | undefined): HistoryProblem[] {
  if (!Array.isArray(value)) return [];
  const terms: PersonTerm[] = value;
  const problems: HistoryProblem[] = [];
  terms.forEach((term, i) => {
    if (term.since !== undefined && term.until !== undefined && term.until < term.since) problems.push({ index: i, kind: 'reversed' });
  });
  const reversed = new Set(problems.map((p) => p.index));
  for (let i = 0; i < terms.length; i++) {
    if (reversed.has(i)) continue;
    for (let j = 0; j < i; j++) {
      if (reversed.has(j)) continue;
      const [a, b] = [terms[j]!, terms[i]!];
      const startsBeforeOtherEnds = (x: PersonTerm, y: PersonTerm) => x.since === undefined || y.until === undefined || x.since <= y.until;
      if (startsBeforeOtherEnds(a, b) && startsBeforeOtherEnds(b, a)) {
        problems.push({ index: i, kind: 'overlap', other: j });
        break;
      }
    }
  }
  return problems;
}
