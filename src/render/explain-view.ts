// `score --explain` as a view: the window, E and A, and every term of a unit's sum, so the unit can redo it by hand.
import type { Lang } from '../i18n/index.js';
import type { ReportWordId } from '../i18n/report-words.js';
import { sayDate } from '../i18n/periods.js';
import { COMPONENT_IDS } from '../model/types.js';
import type { EvaluationFields } from '../reports/scores.js';
import type { Term } from '../score/components.js';
import type { UnitScore } from '../score/index.js';
import { oneDecimal, type Cell, type CellInput, type Section, type Table, type View } from './view.js';
import { dateCell, documentName, signed, windowMeta, wordsFor, type ScoreViewOptions, type Words } from './views.js';

const round3 = (x: number) => String(Math.round(x * 1000) / 1000);

/** `a ÷ b = r`, with the clamp said in words when r leaves [0, 1]. */
function ratioText(numerator: string, denominator: string, ratio: number, w: Words): Cell {
  const text = `${numerator} ÷ ${denominator} = ${round3(ratio)}`;
  const clamped = Math.min(1, Math.max(0, ratio));
  return { text: clamped === ratio ? text : w('ratioClamped', { ratio: text, clamped: round3(clamped) }), value: clamped };
}

function termTable(terms: Term[], w: Words): Table | undefined {
  const rows = terms.filter((t) => t.kind !== 'exchange' && t.kind !== 'missing');
  if (rows.length === 0) return undefined;
  switch (rows[0]!.kind) {
    case 'document':
      return {
        columns: [{ label: w('termCol') }, { label: w('dateOfCol') }, { label: w('dueCol') }, { label: w('submittedCol') }, { label: w('stateCol') }, { label: w('valueCol'), align: 'right' }],
        rows: rows.map((t) =>
          t.kind === 'document'
            ? [documentName(t.key, w), dateCell(t.date, w), dateCell(t.due, w), t.submitted ? dateCell(t.submitted, w) : t.state === 'late' ? w('undated') : null, t.daysLate && t.state === 'late' ? w('lateDays', { days: t.daysLate }) : w(t.state as ReportWordId), t.value]
            : [],
        ),
      };
    case 'compliance':
      return {
        columns: [{ label: w('termCol') }, { label: w('errorsCol'), align: 'right' }, { label: w('valueCol'), align: 'right' }],
        rows: rows.map((t) => (t.kind === 'compliance' ? [documentName(t.key, w), t.errors, t.value] : [])),
      };
    case 'measure':
      return {
        columns: [
          { label: w('measureCol') },
          { label: w('startCol') },
          { label: w('dueCol') },
          { label: w('stateCol') },
          { label: w('expectedCol'), align: 'right' },
          { label: w('actualCol'), align: 'right' },
          { label: w('valueCol'), align: 'right' },
        ],
        rows: rows.map((t) =>
          t.kind === 'measure'
            ? [t.title, dateCell(t.start, w), dateCell(t.due, w), w(t.status as ReportWordId), oneDecimal(t.expected), oneDecimal(t.actual), ratioText(String(t.actual), t.expected.toFixed(1), t.actual / t.expected, w)]
            : [],
        ),
      };
    default:
      return {
        columns: [
          { label: w('termCol') },
          { label: w('startCol') },
          { label: w('endCol') },
          { label: w('baselineCol'), align: 'right' },
          { label: w('targetCol'), align: 'right' },
          { label: w('currentCol'), align: 'right' },
          { label: w('expectedShareCol'), align: 'right' },
          { label: w('achievedCol'), align: 'right' },
          { label: w('valueCol'), align: 'right' },
        ],
        rows: rows.map((t) => {
          if (t.kind !== 'indicator') return [];
          const achieved = t.achieved === null ? null : { text: round3(t.achieved), value: t.achieved };
          const value: CellInput =
            t.skipped !== null
              ? w(t.skipped === 'no-value' ? 'skippedNoValue' : 'skippedWrongDirection')
              : ratioText(round3(t.achieved!), round3(t.expected), t.achieved! / t.expected, w);
          return [t.name, dateCell(t.start, w), dateCell(t.end, w), t.baseline, t.target, t.current, { text: round3(t.expected), value: t.expected }, achieved, value];
        }),
      };
  }
}

/** The words under a component's heading: its rule, the exchange sum, a missing document. */
function termParagraphs(id: string, terms: Term[], w: Words, scoring: ScoreViewOptions['scoring']): string[] {
  const paragraphs: string[] = [];
  const rule = { timeliness: w('timelinessRule', { lateCredit: scoring.late_credit }), compliance: w('complianceRule'), execution: w('executionRule'), indicators: w('indicatorsRule') }[id];
  if (rule && !terms.some((t) => t.kind === 'missing')) paragraphs.push(rule);
  for (const t of terms) {
    if (t.kind === 'missing') paragraphs.push(w('missingTerm', { document: documentName(t.key, w), due: sayDate(t.due, w.lang) }));
    if (t.kind === 'exchange') {
      const figures = { start: sayDate(t.start, w.lang), end: sayDate(t.end, w.lang), planned: t.planned, share: round3(t.share), expected: round3(t.expected), held: t.held };
      paragraphs.push(w('exchangePlan', { ...figures, minimum: t.minimum ? w('exchangeMinimum', { planned: t.planned }) : '' }));
      if (t.expected >= 1) paragraphs.push(w('exchangeRatio', { held: t.held, expected: round3(t.expected), value: round3(t.value ?? 0) }));
      else paragraphs.push(w(t.value === null ? 'exchangeBelowOneNull' : 'exchangeBelowOneHeld'));
    }
  }
  if (id === 'exchange' && terms.length === 0) paragraphs.push(w('exchangeNoPlan'));
  return paragraphs;
}

/** `score --explain`: the window, E and A, and every term of a unit's sum, so the unit can redo it by hand. */
export function explainView(score: UnitScore, fields: EvaluationFields, lang: Lang, { scoring }: ScoreViewOptions): View {
  const w = wordsFor(lang);
  const judged = COMPONENT_IDS.filter((id) => score.components[id].score !== null);
  const total = judged.reduce((sum, id) => sum + score.components[id].weight, 0);
  const summary: string[] = [];
  if (score.score === null) summary.push(w('explainNoScore'));
  else {
    const base = score.base ?? 0;
    summary.push(w('explainSummary', { score: score.score.toFixed(1), grade: score.grade, rank: score.rank, base: round3(base), adjust: signed(score.adjustments.total) }));
    const raw = base + score.adjustments.total;
    const clamped = Math.min(100, Math.max(0, raw));
    if (clamped !== raw) summary.push(w('explainClamp', { base: round3(base), adjust: signed(score.adjustments.total), raw: round3(raw), clamped }));
    summary.push(w('explainRounding', { raw: round3(clamped), score: score.score.toFixed(1) }));
  }
  const sections: Section[] = [{ heading: w('scoreCol'), paragraphs: [...summary, w('weightsNote', { total })] }];
  for (const id of COMPONENT_IDS) {
    const c = score.components[id];
    const heading =
      c.score === null
        ? w('componentNull', { component: w(id), weight: c.weight })
        : w('componentLine', { component: w(id), score: (c.score * 100).toFixed(1), weight: c.weight, points: round3(c.points ?? 0) });
    sections.push({ heading, paragraphs: termParagraphs(id, c.detail, w, scoring), table: termTable(c.detail, w) });
  }
  const a = score.adjustments;
  sections.push({
    heading: w('adjustmentsSection'),
    paragraphs: a.entries.length ? [w('adjustmentTotals', { bonus: a.bonus, penalty: a.penalty, total: signed(a.total), bonusCap: scoring.bonus_cap, penaltyCap: scoring.penalty_cap })] : [],
    table: {
      columns: [{ label: w('dateCol') }, { label: w('pointsCol'), align: 'right' }, { label: w('reasonCol') }],
      rows: a.entries.map((e) => [dateCell(e.date, w), { text: signed(e.points), value: e.points }, e.reason]),
    },
    empty: w('noAdjustments'),
  });
  return { title: w('explainTitle', { name: score.name }), meta: [windowMeta(w, fields)], sections };
}
