// 人员交流 (三(三)2) in a window: exchanges counted by direction (走出去/请进来, and those not stated), and
// the people seconded (挂职、人才交流) whose term falls in it.
import type { IsoDate } from '../calendar/dates.js';
import type { Window } from '../calendar/window.js';
import { unitName, unitShortName } from '../model/roster.js';
import type { CampaignState } from '../model/state.js';
import type { Exchange } from '../model/types.js';

export interface ExchangeCounts {
  /** 走出去: times or people (the files' `count`), summed. */
  out: number;
  /** 请进来. */
  in: number;
  /** Exchanges whose direction the file does not state. */
  unstated: number;
}

export interface Exchanges extends ExchangeCounts {
  units: ({ unit: string; name: string; short: string } & ExchangeCounts)[];
}

export interface SecondedPerson {
  unit: string;
  name: string;
  short: string;
  /** The exchange's type: cadre-secondment, talent, … */
  type: Exchange['type'];
  person: string;
  post: string | null;
  from: IsoDate | null;
  until: IsoDate | null;
}

/** A unit's exchanges as its progress and annual files report them, each once (as the exchange score counts them). */
function exchangesOf(unit: CampaignState['units'][number]): Exchange[] {
  const seen = new Map<string, Exchange>();
  for (const doc of [...unit.progress, ...unit.annual]) {
    for (const e of (doc.data.exchanges ?? []) as Exchange[]) {
      const key = `${e.type}|${e.date}|${e.count}`;
      const earlier = seen.get(key);
      // The same exchange reported twice: the report that states its direction, or names its people, says more.
      if (!earlier || (!earlier.direction && e.direction) || (!earlier.people?.length && e.people?.length)) seen.set(key, { ...earlier, ...e });
    }
  }
  return [...seen.values()];
}

const within = (date: IsoDate, window: Window) => window.start <= date && date <= window.end;

/** Every unit's exchanges dated in the window, summed by direction, in the official order. */
export function exchangesIn(state: CampaignState, window: Window): Exchanges {
  const units = state.units.map((unit) => {
    const counts: ExchangeCounts = { out: 0, in: 0, unstated: 0 };
    for (const e of exchangesOf(unit)) {
      if (!within(e.date, window)) continue;
      counts[e.direction ?? 'unstated'] += e.count;
    }
    return { unit: unit.id, name: unitName(unit), short: unitShortName(unit), ...counts };
  });
  const sum = (key: keyof ExchangeCounts) => units.reduce((total, u) => total + u[key], 0);
  return { out: sum('out'), in: sum('in'), unstated: sum('unstated'), units };
}

/**
 * The people of the units' exchanges whose term overlaps the window: from `from` (else the exchange's
 * date) to `until` (else open), in the official order of the units, then by start.
 */
export function secondedIn(state: CampaignState, window: Window): SecondedPerson[] {
  const people: SecondedPerson[] = [];
  for (const unit of state.units) {
    const own: SecondedPerson[] = [];
    for (const e of exchangesOf(unit)) {
      for (const p of e.people ?? []) {
        const from = p.from ?? e.date;
        if (from > window.end || (p.until !== undefined && p.until < window.start)) continue;
        own.push({ unit: unit.id, name: unitName(unit), short: unitShortName(unit), type: e.type, person: p.name, post: p.post ?? null, from: p.from ?? null, until: p.until ?? null });
      }
    }
    own.sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0));
    people.push(...own);
  }
  return people;
}
