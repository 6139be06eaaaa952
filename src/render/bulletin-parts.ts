// The parts of a bulletin (通报) that every kind shares: names with their reasons, 四、存在问题 as concrete items,
// and the 附件 that take a long list out of the body, which keeps its count.
import { sayDate } from '../i18n/periods.js';
import { COMPONENT_IDS } from '../model/types.js';
import type { DocumentErrors, Problems } from '../reports/problems.js';
import type { UnitScore } from '../score/index.js';
import type { Attachment, Section, Table } from './view.js';
import { chaseTable, documentName, missingTable, type Words } from './views.js';

/** A list longer than this goes to an 附件; the body says how many and where they are. */
export const LONG_LIST = 10;
/** A table of more units than this goes to an 附件; the body keeps a summary. */
export const LONG_TABLE = 20;

/** The 附件 of one bulletin, numbered in the order the body first mentions them. */
export class Annexes {
  readonly list: Attachment[] = [];
  add(title: string, table: Table): number {
    this.list.push({ title, sections: [{ heading: '', table }] });
    return this.list.length;
  }
}

/** The 表1, 表2 … of the body's tables. */
export class Captions {
  private count = 0;
  next(title: string, w: Words): { index: number; caption: string } {
    this.count += 1;
    return { index: this.count, caption: w('docTableCaption', { index: this.count, title }) };
  }
}

export interface NamedReason {
  name: string;
  reason: string;
}

/**
 * The names of a list with the reason for each, or — when the list runs long — its count and the 附件 that
 * holds it as a table of names and reasons.
 */
export function namedReasons(items: NamedReason[], annexTitle: string, w: Words, annexes: Annexes): string {
  if (items.length === 0) return w('docNoneListed');
  // No reason of its own (the criterion says it all): the name alone.
  const reasons = items.some((i) => i.reason !== '');
  if (items.length > LONG_LIST) {
    const annex = annexes.add(annexTitle, {
      name: annexTitle,
      columns: [{ label: w('unitCol') }, ...(reasons ? [{ label: w('reasonCol') }] : [])],
      rows: items.map((i) => [i.name, ...(reasons ? [i.reason] : [])]),
    });
    return w('docCountAndAnnex', { count: items.length, annex });
  }
  return items.map((i) => (i.reason === '' ? i.name : w('docNamedWithReason', { name: i.name, reason: i.reason }))).join(w('docListSeparator')) + w('docListEnd');
}

/** What earned a unit its grade, in words: its score, then what it missed, or what it did well. */
export function scoreReason(u: UnitScore, evaluatedOn: string, praise: boolean, w: Words): string {
  const parts = [w('docScorePoints', { score: u.score === null ? '—' : u.score.toFixed(1) })];
  const missing = new Set<string>();
  const late: { key: string; days: number | null }[] = [];
  for (const id of COMPONENT_IDS) for (const t of u.components[id].detail) if (t.kind === 'missing') missing.add(t.key);
  for (const t of u.components.timeliness.detail) {
    if (t.kind !== 'document') continue;
    if (t.state === 'missing') missing.add(t.key);
    if (t.state === 'late') late.push({ key: t.key, days: t.daysLate });
  }
  const errors = u.components.compliance.detail.flatMap((t) => (t.kind === 'compliance' && t.errors > 0 ? [t] : []));
  const overdue = u.components.execution.detail.filter((t) => t.kind === 'measure' && t.due < evaluatedOn && t.status !== 'done').length;
  const entries = u.adjustments.entries;
  if (praise) {
    if (missing.size === 0 && late.length === 0) parts.push(w('docReasonAllOnTime'));
    if (overdue === 0) parts.push(w('docReasonNoOverdue'));
    for (const e of entries.filter((e) => e.points > 0)) parts.push(w('docReasonBonus', { points: e.points, reason: e.reason }));
    return parts.join(w('docReasonSeparator'));
  }
  for (const key of missing) parts.push(w('docReasonMissing', { document: documentName(key, w) }));
  for (const l of late) parts.push(l.days === null ? w('docReasonLateUndated', { document: documentName(l.key, w) }) : w('docReasonLate', { document: documentName(l.key, w), days: l.days }));
  for (const e of errors) parts.push(w('docReasonErrors', { document: documentName(e.key, w), errors: e.errors }));
  if (overdue > 0) parts.push(w('docReasonOverdue', { count: overdue }));
  for (const e of entries.filter((e) => e.points < 0)) parts.push(w('docReasonPenalty', { points: -e.points, reason: e.reason }));
  return parts.join(w('docReasonSeparator'));
}

/** （三）加减分: every adjustment of the window with its reason; nothing when there is none. */
export function adjustmentLine(units: UnitScore[], w: Words): string[] {
  const items = units.flatMap((u) =>
    u.adjustments.entries.map((e) => (e.points >= 0 ? w('docAdjustBonus', { name: u.name, points: e.points, reason: e.reason }) : w('docAdjustPenalty', { name: u.name, points: -e.points, reason: e.reason }))),
  );
  return items.length === 0 ? [] : [w('docAdjustLine', { items: items.join(w('docReasonSeparator')) + w('docListEnd') })];
}

function byUnit<T extends { unit: string; name: string }>(items: T[]): { name: string; items: T[] }[] {
  const groups = new Map<string, { name: string; items: T[] }>();
  for (const item of items) {
    const group = groups.get(item.unit) ?? { name: item.name, items: [] };
    group.items.push(item);
    groups.set(item.unit, group);
  }
  return [...groups.values()];
}

/** An error as `check` says it, its first sentence only (the fix is for the unit's clerk), without file names. */
function errorSentence(message: string): string {
  const first = /^[^。]*/.exec(message)![0];
  return first.replace(/[（(][^）)]*\.ya?ml[^）)]*[）)]/g, '').replace(/\.\s*$/, '');
}

/** A document's errors in words: the first two as `check` says them, then 等. */
function errorWords(e: DocumentErrors, w: Words): string {
  const said = e.messages.slice(0, 2).map(errorSentence);
  return w('docErrorsWords', { document: e.documentName, errors: e.errors, messages: said.join(w('docReasonSeparator')) + (e.messages.length > 2 ? w('docMoreErrors') : '') });
}

function errorsTable(errors: DocumentErrors[], w: Words): Table {
  return {
    name: w('docAnnexErrors'),
    columns: [{ label: w('unitCol') }, { label: w('docDocumentCol') }, { label: w('errorsCol'), align: 'right' }, { label: w('errorsListCol') }],
    rows: errors.map((e) => [e.name, e.documentName, e.errors, e.messages.map(errorSentence).join(w('docReasonSeparator'))]),
  };
}

function chaseParagraphs(chase: Problems['chase'], w: Words, annexes: Annexes): string[] {
  if (chase.length === 0) return [w('docChaseNone')];
  const units = new Set(chase.map((c) => c.unit)).size;
  if (chase.length > LONG_LIST) return [w('docChaseSummary', { count: chase.length, units, annex: annexes.add(w('docAnnexChase'), chaseTable(chase, w)) })];
  return [
    w('docChaseIntro', { count: chase.length }),
    ...chase.map((c, i) =>
      w('docChaseLine', {
        index: i + 1,
        name: c.name,
        title: c.title,
        due: sayDate(c.due, w.lang),
        late: c.daysOverdue > 0 ? w('docChaseLate', { days: c.daysOverdue }) : '',
        percent: c.percent,
        blocker: c.blocker ? w('docChaseBlocker', { blocker: c.blocker }) : '',
      }),
    ),
  ];
}

/** 四、存在问题: which measure, which document, which error in words, how late — or their count and an 附件. */
export function problemSection(problems: Problems, w: Words, annexes: Annexes): Section {
  const { missing, errors } = problems;
  const paragraphs = chaseParagraphs(problems.chase, w, annexes);
  const missingGroups = byUnit(missing);
  if (missing.length === 0) paragraphs.push(w('docMissingNone'));
  else if (missingGroups.length > LONG_LIST) paragraphs.push(w('docMissingSummary', { count: missing.length, units: missingGroups.length, annex: annexes.add(w('docAnnexMissing'), missingTable(missing, w)) }));
  else {
    paragraphs.push(w('docMissingIntro', { count: missing.length }));
    missingGroups.forEach((g, i) =>
      paragraphs.push(w('docMissingLine', { index: i + 1, name: g.name, documents: g.items.map((m) => w('docMissingDocument', { document: m.documentName, due: sayDate(m.due, w.lang), days: m.daysOverdue })).join('、') })),
    );
  }
  const errorGroups = byUnit(errors);
  if (errors.length === 0) paragraphs.push(w('docErrorsNone'));
  else if (errorGroups.length > LONG_LIST) paragraphs.push(w('docErrorsSummary', { count: errors.length, units: errorGroups.length, annex: annexes.add(w('docAnnexErrors'), errorsTable(errors, w)) }));
  else {
    paragraphs.push(w('docErrorsIntro', { count: errors.length }));
    errorGroups.forEach((g, i) => paragraphs.push(w('docErrorsLine', { index: i + 1, name: g.name, documents: g.items.map((e) => errorWords(e, w)).join(w('docReasonSeparator')) })));
  }
  return { heading: w('docProblems'), paragraphs };
}
