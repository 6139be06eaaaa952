// Generated campaigns that keep (or miss) their schedule, through the real loader, rules, scores and reports:
// the four properties of the evaluation (DESIGN §5) that must hold whatever the data.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addDays, lastDayOfMonth, monthsFrom } from '../src/calendar/dates.js';
import { expectedPercent } from '../src/calendar/schedule.js';
import { cumulativeWindow, evaluate, monthWindow, quarterWindow, windowClose, yearWindow, type Window } from '../src/calendar/window.js';
import { loadWorkspace, type Workspace } from '../src/load/workspace.js';
import { analyze } from '../src/reports/analysis.js';
import { buildMonthlyReport } from '../src/reports/monthly.js';
import { buildAnnualReport, buildQuarterlyReport, buildScoreReport, previousPeriod } from '../src/reports/scores.js';
import { SOUND, tempDir } from './helpers.js';

const REACH_END = '2022-12-31';
const MONTHS = monthsFrom('2022-03', '2022-12');
const template = (rel: string) => parse(readFileSync(join(SOUND, rel), 'utf8')) as Record<string, any>;

interface Shape {
  /** Day of February the plan is submitted (and approved). */
  planDay: number;
  measures: { dueOffset: number }[];
  indicators: { direction: 'higher' | 'lower'; baseline: number; step: number; benchmarkShift: number }[];
  exchanges: number;
  /** Day of the next month each progress report is submitted (1–5: always on time). */
  submitDay: number;
  /** Share of the schedule the unit keeps: ≥ 1 is on or ahead of schedule. */
  pace: number;
  adjustments: { month: number; points: number }[];
}

const shape: fc.Arbitrary<Shape> = fc.record({
  planDay: fc.integer({ min: 1, max: 15 }),
  measures: fc.array(fc.record({ dueOffset: fc.integer({ min: 20, max: 300 }) }), { minLength: 1, maxLength: 3 }),
  indicators: fc.array(
    fc.record({ direction: fc.constantFrom('higher' as const, 'lower' as const), baseline: fc.integer({ min: 10, max: 1000 }), step: fc.integer({ min: 1, max: 200 }), benchmarkShift: fc.integer({ min: -50, max: 50 }) }),
    { minLength: 1, maxLength: 2 },
  ),
  exchanges: fc.integer({ min: 0, max: 4 }),
  submitDay: fc.integer({ min: 1, max: 5 }),
  pace: fc.constant(1),
  adjustments: fc.constant([]),
});

const pd = (n: number) => String(n).padStart(2, '0');

/**
 * Writes a one-unit campaign: benchmark, research and plan on time; a progress report every month of
 * 2022 (March to December) that reports, at `pace`, where the schedule will be two months later (so it
 * is never behind whenever it is read); the 2022 review on time.
 */
function writeCampaign(s: Shape, dir = tempDir()): string {
  const files: Record<string, unknown> = {};
  const campaign = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8').replace('last: 2022-05', 'last: 2022-12');
  const planSubmitted = `2022-02-${pd(s.planDay)}`;
  const indicators = s.indicators.map((i, n) => {
    const target = i.direction === 'higher' ? i.baseline + i.step : i.baseline - i.step;
    return { id: `i${n + 1}`, name: `指标${n + 1}`, unit: '个', direction: i.direction, baseline: i.baseline, benchmark: target + i.benchmarkShift, target };
  });
  const measures = s.measures.map((m, n) => ({
    id: `m${n + 1}`,
    title: `措施${n + 1}`,
    responsible: { unit: '项目科', person: '赵六' },
    deliverable: '工作方案',
    due: [addDays(planSubmitted, m.dueOffset), REACH_END].sort()[0]!,
    quantity: { value: 10, unit: '个' },
  }));
  files['units/fgw/unit.yaml'] = template('units/fgw/unit.yaml');
  files['units/fgw/benchmark.yaml'] = { ...template('units/fgw/benchmark.yaml'), indicators };
  files['units/fgw/research.yaml'] = template('units/fgw/research.yaml');
  const plan = template('units/fgw/plan.yaml');
  files['units/fgw/plan.yaml'] = {
    ...plan,
    submitted: planSubmitted,
    gaps: [{ type: 'gap', indicator: 'i1', description: '差距明显。', cause: '基础薄弱。' }],
    measures,
    exchanges: s.exchanges > 0 ? [{ type: 'cadre-secondment', planned: s.exchanges }] : [],
    approval: { ...plan.approval, date: planSubmitted },
  };
  MONTHS.forEach((month, k) => {
    const ahead = lastDayOfMonth(MONTHS[k + 2] ?? '2023-02');
    const next = k === MONTHS.length - 1 ? '2023-01' : MONTHS[k + 1]!;
    const percents = measures.map((m) => Math.min(100, Math.ceil(expectedPercent(planSubmitted, m.due, ahead) * s.pace)));
    const share = Math.min(1, (expectedPercent(planSubmitted, REACH_END, ahead) / 100 + 0.01) * s.pace);
    files[`units/fgw/progress/${month}.yaml`] = {
      unit: 'fgw',
      period: month,
      submitted: `${next}-${pd(s.submitDay)}`,
      measures: measures.map((m, n) => ({ id: m.id, status: percents[n] === 100 ? 'done' : percents[n]! > 0 ? 'in-progress' : 'not-started', percent: percents[n] })),
      indicators: indicators.map((i) => ({ id: i.id, value: Number((i.baseline + (i.target - i.baseline) * share).toFixed(4)) })),
      ...(k === 0 ? { exchanges: [{ type: 'cadre-secondment', date: addDays(planSubmitted, 1), count: Math.max(1, s.exchanges), description: '干部挂职。' }] } : {}),
    };
  });
  files['units/fgw/annual/2022.yaml'] = {
    unit: 'fgw',
    year: 2022,
    submitted: '2023-01-20',
    measures: measures.map((m) => ({ id: m.id, status: 'done', percent: 100 })),
    indicators: indicators.map((i) => ({ id: i.id, value: i.target })),
  };
  if (s.adjustments.length > 0) {
    files['adjustments.yaml'] = s.adjustments.map((a) => ({ unit: 'fgw', points: a.points, date: `2022-${pd(a.month)}-15`, reason: '督查情况。' }));
  }
  mkdirSync(join(dir, 'units', 'fgw'), { recursive: true });
  writeFileSync(join(dir, 'campaign.yaml'), campaign);
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), stringify(data));
  }
  return dir;
}

/** Every window of 2022 at its close, and the whole campaign at `asOf`. */
function windows2022(workspace: Workspace, asOf: string): { window: Window; asOf: string }[] {
  const campaign = workspace.campaign;
  const periods: Window[] = [...monthsFrom('2022-01', '2022-12').map(monthWindow), ...[1, 2, 3, 4].map((q) => quarterWindow(`2022-Q${q}`)), yearWindow(2022)];
  return [...periods.map((window) => ({ window, asOf: windowClose(campaign, window) })), { window: cumulativeWindow(campaign, asOf), asOf }];
}

const scoreOf = (workspace: Workspace, window: Window, asOf: string) => analyze(workspace, asOf, false, 'zh', window).scores[0]!;
const asOfArb = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2022-01-05', n));

describe('evaluation properties over generated campaigns', () => {
  // A unit on its own schedule scoring 100 everywhere (I3) is shown over richer generated campaigns in test/invariants.test.ts.

  it('changing a document or adjustment of a period outside W leaves W\'s timeliness, compliance and adjustments unchanged', () => {
    const change = fc.record({
      quarter: fc.integer({ min: 1, max: 4 }),
      month: fc.integer({ min: 0, max: MONTHS.length - 1 }),
      kind: fc.constantFrom('delete', 'resubmit', 'adjust'),
      days: fc.integer({ min: -3, max: 120 }),
      points: fc.integer({ min: -5, max: 5 }).filter((p) => p !== 0),
    });
    fc.assert(
      fc.property(shape, change, (s, c) => {
        const window = quarterWindow(`2022-Q${c.quarter}`);
        const dir = writeCampaign({ ...s, adjustments: [{ month: c.quarter * 3, points: 2 }] });
        const before = loadWorkspace(dir);
        const asOf = windowClose(before.campaign, window);
        const judged = (workspace: Workspace) => {
          // Points are shares of the judged weights, which other components move: compare the scores and their terms.
          const { components, adjustments } = scoreOf(workspace, window, asOf);
          const { timeliness, compliance } = components;
          return { timeliness: [timeliness.score, timeliness.detail], compliance: [compliance.score, compliance.detail], adjustments };
        };
        const expected = judged(before);
        // A progress month outside the quarter, or an adjustment dated outside it.
        const outside = MONTHS.filter((m) => !(`${m}-01` >= window.start && `${m}-01` <= window.end));
        const month = outside[c.month % outside.length]!;
        const file = join(dir, 'units', 'fgw', 'progress', `${month}.yaml`);
        if (c.kind === 'delete') rmSync(file);
        if (c.kind === 'resubmit') {
          const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
          writeFileSync(file, stringify({ ...data, submitted: addDays(lastDayOfMonth(month), Math.max(1, c.days)) }));
        }
        if (c.kind === 'adjust') {
          const date = addDays(window.end, c.days >= 0 ? c.days + 1 : -100);
          const list = [{ unit: 'fgw', points: 2, date: `2022-${pd(c.quarter * 3)}-15`, reason: '督查情况。' }, { unit: 'fgw', points: c.points, date, reason: '另一项。' }];
          writeFileSync(join(dir, 'adjustments.yaml'), stringify(list));
        }
        expect(judged(loadWorkspace(dir))).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  }, 240_000);

  it('raising an actual value never lowers a score (in the windows that contain it and the whole campaign)', () => {
    const lagging = shape.chain((s) => fc.record({ s: fc.constant(s), pace: fc.double({ min: 0, max: 1.2, noNaN: true }) })).map(({ s, pace }) => ({ ...s, pace }));
    const raise = fc.record({ month: fc.integer({ min: 0, max: MONTHS.length - 1 }), measure: fc.boolean(), pick: fc.nat(), by: fc.integer({ min: 1, max: 60 }) });
    fc.assert(
      fc.property(lagging, raise, asOfArb, (s, r, asOf) => {
        const dir = writeCampaign(s);
        const month = MONTHS[r.month]!;
        const quarter = `2022-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
        const before = loadWorkspace(dir);
        const cases = [monthWindow(month), quarterWindow(quarter), yearWindow(2022)].map((window) => ({ window, asOf: windowClose(before.campaign, window) }));
        cases.push({ window: cumulativeWindow(before.campaign, asOf), asOf });
        const scores = (workspace: Workspace) => cases.map(({ window, asOf: a }) => scoreOf(workspace, window, a).score ?? -1);
        const was = scores(before);
        const file = join(dir, 'units', 'fgw', 'progress', `${month}.yaml`);
        const data = parse(readFileSync(file, 'utf8')) as { measures: { id: string; status: string; percent: number }[]; indicators: { id: string; value: number }[] };
        if (r.measure) {
          const entry = data.measures[r.pick % data.measures.length]!;
          entry.percent = Math.min(100, entry.percent + r.by);
          entry.status = entry.percent === 100 ? 'done' : 'in-progress';
        } else {
          const n = r.pick % data.indicators.length;
          const entry = data.indicators[n]!;
          entry.value += s.indicators[n]!.direction === 'higher' ? r.by : -r.by;
        }
        writeFileSync(file, stringify(data));
        const now = scores(loadWorkspace(dir));
        now.forEach((score, i) => expect(score, `${cases[i]!.window.period ?? 'cumulative'}`).toBeGreaterThanOrEqual(was[i]!));
      }),
      { numRuns: 20 },
    );
  }, 240_000);

  it('every report regenerates identically for the same A, whatever was submitted after A', () => {
    const lagging = shape.chain((s) => fc.record({ s: fc.constant(s), pace: fc.double({ min: 0, max: 1.2, noNaN: true }) })).map(({ s, pace }) => ({ ...s, pace, adjustments: [{ month: 6, points: -2 }, { month: 11, points: 3 }] }));
    fc.assert(
      fc.property(lagging, asOfArb, (s, asOf) => {
        const month = asOf.slice(0, 7);
        const quarter = `${asOf.slice(0, 4)}-Q${Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) + 1}`;
        const reports = (workspace: Workspace) => {
          const all = analyze(workspace, asOf, false, 'zh');
          const q = analyze(workspace, asOf, false, 'zh', quarterWindow(quarter));
          const y = analyze(workspace, asOf, false, 'zh', yearWindow(2022));
          return JSON.stringify([
            buildScoreReport(all),
            buildMonthlyReport(all.state, month, false),
            buildQuarterlyReport(q, previousPeriod(q), quarter, quarter, false),
            buildAnnualReport(y, previousPeriod(y), 2022, false),
          ]);
        };
        const dir = writeCampaign(s);
        const first = reports(loadWorkspace(dir));
        expect(reports(loadWorkspace(dir))).toBe(first);
        // The same campaign without anything submitted or dated after A gives the same reports.
        for (const rel of [...MONTHS.map((m) => `progress/${m}.yaml`), 'annual/2022.yaml', 'plan.yaml', 'research.yaml']) {
          const file = join(dir, 'units', 'fgw', rel);
          const data = parse(readFileSync(file, 'utf8')) as { submitted: string };
          if (data.submitted > asOf) rmSync(file);
        }
        const adjustments = parse(readFileSync(join(dir, 'adjustments.yaml'), 'utf8')) as { date: string }[];
        writeFileSync(join(dir, 'adjustments.yaml'), stringify(adjustments.filter((a) => a.date <= asOf)));
        expect(reports(loadWorkspace(dir))).toBe(first);
        expect(evaluate(loadWorkspace(dir).campaign, quarterWindow(quarter), asOf).evaluatedOn <= asOf).toBe(true);
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});
