// The words and cells every report view shares: the language, periods, dates, lights, movement.
import { fill, type Lang, type MessageData } from '../../i18n/index.js';
import { reportWords, type ReportWordId } from '../../i18n/report-words.js';
import { documentName as nameOfDocument, sayDate } from '../../i18n/periods.js';
import type { EvaluationFields } from '../../reports/scores.js';
import type { LightReason } from '../../score/light.js';
import type { DocumentStatus } from '../../calendar/schedule.js';
import type { UnitScore } from '../../score/index.js';
import type { Cell, Tone } from '../view.js';

/** The report words in one language; `lang` for the dates and names said in it. */
export type Words = ((id: ReportWordId, data?: MessageData) => string) & { lang: Lang };
export const wordsFor = (lang: Lang): Words => Object.assign((id: ReportWordId, data?: MessageData) => fill(reportWords[id][lang], data), { lang });

/** W, E and A in one line (DESIGN §5). */
export function windowMeta(w: Words, fields: Pick<EvaluationFields, 'window' | 'evaluatedOn' | 'asOf'>): string {
  const say = (iso: string) => sayDate(iso, w.lang);
  return w('windowMeta', { start: say(fields.window.start), end: say(fields.window.end), evaluatedOn: say(fields.evaluatedOn), asOf: say(fields.asOf) });
}

/** A document by its name, never its path: 建标材料, 2022年3月月度进展, 2022年度总结. */
export function documentName(key: string, w: Words): string {
  return nameOfDocument(key, w.lang);
}

/** One light reason in words. */
export function lightReasonText(reason: LightReason, w: Words, behindPoints: number): string {
  const document = reason.document === undefined ? '' : documentName(reason.document, w);
  const measure = reason.title ?? reason.measure ?? '';
  if (reason.code === 'document-late' && reason.days === undefined) return w('reason-document-late-undated', { document });
  return w(`reason-${reason.code}`, { document, measure, days: reason.days, points: behindPoints });
}


export function periodMeta(w: Words, isoAsOf: string, open: boolean | undefined, isoClose?: string): string[] {
  const asOf = sayDate(isoAsOf, w.lang);
  const meta = [w('asOf', { asOf })];
  if (open !== undefined && isoClose) {
    const close = sayDate(isoClose, w.lang);
    meta.push(open ? w('openPeriod', { close }) : isoAsOf === isoClose ? w('closedPeriod', { close }) : w('closedPeriodAsOf', { close, asOf }));
  }
  return meta;
}

/** A date cell: said the reader's way, and a real date in a spreadsheet. */
export function dateCell(iso: string | null | undefined, w: Words): Cell {
  return iso ? { text: sayDate(iso, w.lang), date: iso } : { text: '—', tone: 'muted' };
}

export function lightCell(light: string, w: Words): Cell {
  return { text: w(light as ReportWordId), tone: light as Tone, light: true };
}

export function submissionCell(status: DocumentStatus | null | undefined, w: Words): Cell {
  if (!status) return { text: '—', tone: 'muted' };
  switch (status.state) {
    case 'on-time':
      return { text: '✓', long: w('on-time'), tone: 'green' };
    case 'late':
      return { text: w('lateDays', { days: status.daysLate }), tone: 'yellow' };
    case 'missing':
      return { text: '✗', long: w('missing'), tone: 'red' };
    case 'pending':
      return { text: '·', long: w('pending'), tone: 'muted' };
  }
}

export const STATE_TONE: Record<string, Tone> = { 'on-time': 'green', late: 'yellow', missing: 'red', pending: 'muted' };

export function movement(rank: number | null, previous: number | null): Cell {
  if (rank === null || previous === null) return { text: '—', tone: 'muted' };
  if (rank < previous) return { text: `↑${previous - rank}`, tone: 'green' };
  if (rank > previous) return { text: `↓${rank - previous}`, tone: 'red' };
  return { text: '0', tone: 'muted' };
}

export function unitNames(units: string[], scores: { unit: string; short: string }[]): string[] {
  return units.map((id) => scores.find((s) => s.unit === id)?.short ?? id);
}

export function namedList(units: string[], scores: UnitScore[], w: Words): string[] {
  if (units.length === 0) return [w('noneListed')];
  return [unitNames(units, scores).join('、')];
}

export function standingCell(standing: string | null, w: Words): Cell {
  return standing === null ? { text: '—', tone: 'muted' } : { text: w(standing as ReportWordId), tone: standing === 'following' ? 'yellow' : standing === 'leading' ? 'green' : undefined };
}
