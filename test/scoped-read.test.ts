// Checking a unit folder or one file reads that unit, campaign.yaml and adjustments.yaml only — and finds
// exactly what a check of the whole campaign finds for that path.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inScope } from '../src/rules/run.js';
import { runCheck } from '../src/rules/check.js';
import { unitsToRead } from '../src/load/workspace.js';
import { fixture, ROOT } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
const AS_OF = '2026-03-01';

/** A scoped check of `path`, the same check reading every unit, and the whole campaign's findings for `path`. */
function three(root: string, rel: string, units: string[] = []) {
  const path = rel ? join(root, rel) : root;
  const scoped = runCheck(path, { lang: 'zh', asOf: AS_OF, units });
  const everything = runCheck(path, { lang: 'zh', asOf: AS_OF, units, scoped: false });
  const whole = runCheck(root, { lang: 'zh', asOf: AS_OF });
  const filtered = whole.result.findings.filter((f) => inScope({ unit: f.unit, file: f.file }, scoped.state.loaded.scope, units));
  return { scoped, everything, filtered };
}

describe('a scoped check', () => {
  it('names the units to read for each kind of path', () => {
    expect(unitsToRead({ kind: 'campaign' })).toBeNull();
    expect([...unitsToRead({ kind: 'campaign' }, ['fgw', 'stj'])!]).toEqual(['fgw', 'stj']);
    expect([...unitsToRead({ kind: 'unit', unit: 'fgw' })!]).toEqual(['fgw']);
    expect([...unitsToRead({ kind: 'unit', unit: 'fgw' }, ['stj'])!]).toEqual([]);
    expect([...unitsToRead({ kind: 'file', unit: 'fgw', file: 'units/fgw/plan.yaml' })!]).toEqual(['fgw']);
    expect([...unitsToRead({ kind: 'file', unit: null, file: 'adjustments.yaml' })!]).toEqual([]);
  });

  it('of each Ordos unit folder reads that unit only and finds what the whole campaign finds there', () => {
    const ids = runCheck(ORDOS, { lang: 'zh', asOf: AS_OF }).state.loaded.unitIds;
    expect(ids.length).toBeGreaterThan(3);
    const whole = runCheck(ORDOS, { lang: 'zh', asOf: AS_OF });
    for (const id of ids) {
      const scoped = runCheck(join(ORDOS, 'units', id), { lang: 'zh', asOf: AS_OF });
      expect(scoped.state.loaded.units.map((u) => u.id)).toEqual([id]);
      expect(scoped.state.loaded.unitIds).toEqual(ids);
      expect(scoped.result.findings).toEqual(whole.result.findings.filter((f) => f.unit === id));
      expect(JSON.stringify(scoped.result)).toBe(JSON.stringify(runCheck(join(ORDOS, 'units', id), { lang: 'zh', asOf: AS_OF, scoped: false }).result));
    }
  });

  it('of one file reads its unit only, with the same findings and summary as reading every unit', () => {
    for (const rel of ['units/gxj/progress/2022-06.yaml', 'units/stj/benchmark.yaml', 'units/gxj/unit.yaml']) {
      const { scoped, everything, filtered } = three(ORDOS, rel);
      expect(scoped.state.loaded.units.map((u) => u.id)).toEqual([rel.split('/')[1]]);
      expect(JSON.stringify(scoped.result)).toBe(JSON.stringify(everything.result));
      expect(scoped.result.findings).toEqual(filtered);
    }
  });

  it('of adjustments.yaml reads no unit, yet knows every unit folder by name (adjustment-unknown-unit)', () => {
    const dir = fixture('adjustment-unit-misspelt');
    const { scoped, everything, filtered } = three(dir, 'adjustments.yaml');
    expect(scoped.state.loaded.units).toEqual([]);
    expect(scoped.result.findings.map((f) => f.rule)).toContain('adjustment-unknown-unit');
    expect(JSON.stringify(scoped.result)).toBe(JSON.stringify(everything.result));
    expect(scoped.result.findings).toEqual(filtered);
  });

  it('with --unit reads only the units named, and still knows the others exist', () => {
    const { scoped, everything, filtered } = three(ORDOS, '', ['stj']);
    expect(scoped.state.loaded.units.map((u) => u.id)).toEqual(['stj']);
    expect(JSON.stringify(scoped.result)).toBe(JSON.stringify(everything.result));
    expect(scoped.result.findings).toEqual(filtered);
    // A misspelt --unit is still told apart from the units not read.
    expect(() => runCheck(ORDOS, { lang: 'en', asOf: AS_OF, units: ['stk'] })).toThrow(expect.objectContaining({ messageId: 'unknownUnitSuggest', data: { unit: 'stk', suggestion: 'stj' } }));
  });
});
