// DESIGN §5's five invariants, over generated campaigns, for every window type (quarter, year, the whole
// campaign, and the monthly lights): perturb one unit — drop a document, a value, a measure's entry or an
// exchange; delay a submission; submit earlier — and the published numbers never reward it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, monthsFrom } from '../src/calendar/dates.js';
import { cumulativeWindow, evaluate, monthWindow, quarterWindow, windowClose, yearWindow, type Window } from '../src/calendar/window.js';
import { loadWorkspace, type Workspace } from '../src/load/workspace.js';
import { analyze } from '../src/reports/analysis.js';
import { buildMonthlyReport } from '../src/reports/monthly.js';
import { scoreCampaign, type UnitScore } from '../src/score/index.js';
import { campaignFiles, PERIODS, shapeArb, writeFiles, type Shape } from './support/generated-campaign.js';
import { tempDir } from './helpers.js';

const MONTHS = monthsFrom('2022-01', '2024-03');
const QUARTERS = ['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1'];
const asOfArb = fc.integer({ min: 0, max: 815 }).map((n) => addDays('2022-01-05', n));

interface Judged {
  window: string;
  score: number | null;
  graded: boolean;
}

/** Every quarter, every year and the whole campaign as of A (those begun by A), and the light of every month begun by A. */
function judge(workspace: Workspace, asOf: string): { scores: Judged[]; lights: { month: string; light: string }[] } {
  const analysis = analyze(workspace, asOf, false, 'zh');
  const campaign = workspace.campaign;
  const windows: Window[] = [...QUARTERS.map(quarterWindow), yearWindow(2022), yearWindow(2023), cumulativeWindow(campaign, asOf)].filter((w) => w.start <= asOf);
  const scores = windows.map((window) => {
    const unit: UnitScore = scoreCampaign(analysis.state, evaluate(campaign, window, asOf), analysis.errors)[0]!;
    return { window: window.period ?? 'cumulative', score: unit.score, graded: unit.grade !== null };
  });
  const lights = MONTHS.filter((m) => `${m}-01` <= asOf).map((month) => ({ month, light: buildMonthlyReport(analysis.state, month, false).units[0]!.light }));
  return { scores, lights };
}

const LIGHT_RANK = { green: 0, yellow: 1, red: 2 } as const;

/** `after` never better than `before`: no higher score, not out of grading, no better light. */
function neverBetter(before: ReturnType<typeof judge>, after: ReturnType<typeof judge>, what: string): void {
  before.scores.forEach((b, i) => {
    const a = after.scores[i]!;
    const label = `${what}: ${b.window}`;
    if (b.score !== null) expect(a.score ?? -1, label).toBeLessThanOrEqual(b.score);
    if (b.graded) expect(a.graded, `${label} (graded)`).toBe(true);
  });
  before.lights.forEach((b, i) => {
    const a = after.lights[i]!;
    expect(LIGHT_RANK[a.light as keyof typeof LIGHT_RANK], `${what}: light of ${b.month}`).toBeGreaterThanOrEqual(LIGHT_RANK[b.light as keyof typeof LIGHT_RANK]);
  });
}

type Files = Record<string, any>;
const reportKeys = (files: Files) => Object.keys(files).filter((k) => k.includes('/progress/') || k.includes('/annual/'));

/** One way for a unit to hold something back, applied to its files. */
const withholding = fc.record({
  kind: fc.constantFrom('document', 'value', 'measure', 'exchange', 'delay'),
  pick: fc.nat(),
  item: fc.nat(),
  days: fc.integer({ min: 1, max: 200 }),
});

function withhold(files: Files, w: { kind: string; pick: number; item: number; days: number }): Files {
  const copy: Files = structuredClone(files);
  const documents = Object.keys(copy).filter((k) => k !== 'units/fgw/unit.yaml');
  const reports = reportKeys(copy);
  const key = (list: string[]) => list[w.pick % list.length]!;
  switch (w.kind) {
    case 'document':
      delete copy[key(documents)];
      break;
    case 'delay': {
      const doc = copy[key(documents)];
      doc.submitted = addDays(doc.submitted, w.days);
      break;
    }
    default: {
      const field = w.kind === 'value' ? 'indicators' : w.kind === 'measure' ? 'measures' : 'exchanges';
      const doc = copy[key(reports.filter((k) => (copy[k][field] ?? []).length > 0).concat(reports))];
      const list: unknown[] = doc[field] ?? [];
      if (list.length) list.splice(w.item % list.length, 1);
    }
  }
  return copy;
}

const judgeFiles = (files: Files, asOf: string) => judge(loadWorkspace(writeFiles(tempDir(), files)), asOf);

describe('DESIGN §5 invariants over generated campaigns', () => {
  it('I3: a unit on its own schedule (milestones or straight lines, exchanges type by type) scores 100 in every window and is green every month', () => {
    fc.assert(
      fc.property(shapeArb(), asOfArb, (s: Shape, asOf) => {
        const { scores, lights } = judgeFiles(campaignFiles(s), asOf);
        for (const j of scores) expect({ window: j.window, asOf, score: j.score === null ? null : j.score }).toEqual({ window: j.window, asOf, score: j.score === null ? null : 100 });
        for (const l of lights) expect({ ...l, asOf }).toEqual({ month: l.month, light: 'green', asOf });
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('I1: withholding a document, a value, a measure entry or an exchange, or submitting later, never raises a score, lifts a unit out of grading or improves a light', () => {
    fc.assert(
      fc.property(shapeArb(fc.double({ min: 0.3, max: 1, noNaN: true })), withholding, asOfArb, (s, w, asOf) => {
        const files = campaignFiles(s);
        neverBetter(judgeFiles(files, asOf), judgeFiles(withhold(files, w), asOf), w.kind);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('I2: submitting a document earlier never lowers a score', () => {
    fc.assert(
      fc.property(shapeArb(fc.double({ min: 0.3, max: 1, noNaN: true })), fc.nat(), fc.integer({ min: 1, max: 120 }), asOfArb, (s, pick, days, asOf) => {
        const late = campaignFiles(s);
        const keys = Object.keys(late).filter((k) => k !== 'units/fgw/unit.yaml');
        const key = keys[pick % keys.length]!;
        late[key] = { ...(late[key] as object), submitted: addDays((late[key] as { submitted: string }).submitted, days) };
        // The same campaign with that one document sent on its original (earlier) date.
        neverBetter(judgeFiles(campaignFiles(s), asOf), judgeFiles(late, asOf), `earlier ${key}`);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('I4: a document that came in late counts late, never missing, in every window made after it came in', () => {
    fc.assert(
      fc.property(shapeArb(), fc.nat(), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 400 }), (s, pick, days, after) => {
        const files = campaignFiles(s);
        const keys = Object.keys(files).filter((k) => k !== 'units/fgw/unit.yaml');
        const key = keys[pick % keys.length]!;
        const doc = files[key] as { submitted: string };
        const submitted = addDays(doc.submitted, days + 3);
        files[key] = { ...doc, submitted };
        const asOf = addDays(submitted, after);
        const workspace = loadWorkspace(writeFiles(tempDir(), files));
        const analysis = analyze(workspace, asOf, false, 'zh');
        const entry = analysis.state.units[0]!.documents.find((d) => `units/fgw/${d.expected.file}` === key)!;
        expect(entry.status.state).toBe('late');
        for (const window of [...QUARTERS.map(quarterWindow), yearWindow(2022), yearWindow(2023), cumulativeWindow(workspace.campaign, asOf)]) {
          if (window.start > asOf) continue;
          const unit = scoreCampaign(analysis.state, evaluate(workspace.campaign, window, asOf), new Map())[0]!;
          const term = unit.components.timeliness.detail.find((t) => t.kind === 'document' && t.key === entry.expected.key);
          if (term && term.kind === 'document') expect({ window: window.period, state: term.state, value: term.value }).toEqual({ window: window.period, state: 'late', value: 0.5 });
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('I5: a unit is graded and ranked exactly when at least min_assessable of the weight is assessable', () => {
    fc.assert(
      fc.property(shapeArb(fc.double({ min: 0, max: 1, noNaN: true })), withholding, asOfArb, (s, w, asOf) => {
        const workspace = loadWorkspace(writeFiles(tempDir(), withhold(campaignFiles(s), w)));
        const analysis = analyze(workspace, asOf, false, 'zh');
        for (const window of [...QUARTERS.map(quarterWindow), cumulativeWindow(workspace.campaign, asOf)].filter((x) => x.start <= asOf)) {
          const unit = scoreCampaign(analysis.state, evaluate(workspace.campaign, window, asOf), new Map())[0]!;
          const graded = unit.score !== null && unit.assessable >= workspace.campaign.scoring.min_assessable;
          expect({ window: window.period, grade: unit.grade !== null, rank: unit.rank !== null }).toEqual({ window: window.period, grade: graded, rank: graded });
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('the generated campaign on schedule is clean: no error-level finding (so compliance is earned, not assumed)', () => {
    fc.assert(
      fc.property(shapeArb(), (s) => {
        const dir = writeFiles(tempDir(), campaignFiles(s));
        const errors = analyze(loadWorkspace(dir), '2024-03-31', false, 'zh').findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
        rmSync(join(dir, 'units'), { recursive: true });
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('the windows judged include each close: a period is judged at its own close as well as later', () => {
    // Not a property of the data: a guard that windowClose and the generator agree on the schedule the tests cover.
    const workspace = loadWorkspace(writeFiles(tempDir(), campaignFiles({ measures: [{ dueOffset: 100, milestone: null }], indicators: [{ direction: 'higher', baseline: 100, step: 10, frequency: 'quarter', milestone: null, next: 'improve' }], exchanges: [], exchanges2023: [], newMeasure2023: null, lead: 0, pace: 1 })));
    expect(windowClose(workspace.campaign, monthWindow('2023-03'))).toBe('2023-04-11');
    expect(windowClose(workspace.campaign, quarterWindow('2022-Q4'))).toBe('2023-02-01');
    expect(PERIODS.at(-1)).toBe('2023-12');
  });
});
