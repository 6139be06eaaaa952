// examples/ordos keeps exactly its deliberate mistakes, and exercises unit histories, a plan revision,
// yearly updates, report order and a due date rolled past a holiday.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../src/load/workspace.js';
import { buildState } from '../src/calendar/state.js';
import { measureDefinitions } from '../src/model/measures.js';
import { yearlyUpdateFor } from '../src/model/yearly.js';
import { findings, ROOT } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
const AS_OF = '2026-03-01';

describe('examples/ordos', () => {
  const list = findings(ORDOS, { asOf: AS_OF });

  it('shows exactly its deliberate mistakes, each marked # 示例错误： in the unit', () => {
    expect(list.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['schema', 'units/fgw/progress/2022-10.yaml', 4],
      ['indicator-target-direction', 'units/gaj/benchmark.yaml', 17],
      ['measure-unquantified', 'units/gaj/plan.yaml', 44],
      ['status-percent-mismatch', 'units/gxj/progress/2022-06.yaml', 6],
      ['approval-signer', 'units/nmj/plan.yaml', 56],
      ['schema', 'units/sjj/plan.yaml', 4],
      ['blocked-without-reason', 'units/stj/progress/2022-07.yaml', 7],
      ['annual-late', 'units/swzzb/annual/2023.yaml', 4],
      ['progress-missing', 'units/wlj/progress/2022-07.yaml', null],
      ['benchmark-late', 'units/zfj/benchmark.yaml', 4],
      ['unknown-measure', 'units/zfj/progress/2022-05.yaml', 9],
    ]);
    for (const f of list) {
      const file = f.line === null ? join(ORDOS, 'units', f.unit!, 'unit.yaml') : join(ORDOS, f.file);
      expect(readFileSync(file, 'utf8'), f.file).toContain('# 示例错误：');
    }
  });

  const state = buildState(loadWorkspace(ORDOS), AS_OF, false);
  const unit = (id: string) => state.units.find((u) => u.id === id)!;

  it('fgw changed its leader in charge in 2023: its 2022 benchmark and plan, signed by the predecessor, stay valid', () => {
    const fgw = unit('fgw');
    expect(Array.isArray(fgw.profile!.data.leader_in_charge)).toBe(true);
    expect(fgw.plan!.data.approval.by).toBe('王志强');
    expect(list.filter((f) => f.unit === 'fgw' && f.rule === 'approval-signer')).toEqual([]);
  });

  it('swzzb revised its plan: m3 dropped and m6 added on 2022-07-20, signed by its principal; nothing unreported or reported after the drop', () => {
    const definitions = measureDefinitions(unit('swzzb'));
    expect(definitions.find((d) => d.measure.id === 'm3')!.dropped).toBe('2022-07-20');
    expect(definitions.find((d) => d.measure.id === 'm6')!.start).toBe('2022-07-20');
    expect(unit('swzzb').plan!.data.revisions).toHaveLength(1);
    expect(list.filter((f) => f.unit === 'swzzb' && /^(measure-unreported|measure-overdue|dropped-measure-reported|revision-)/.test(f.rule))).toEqual([]);
  });

  it('every unit updates each year: new targets and planned exchanges, and fgw a new indicator from 2023', () => {
    for (const u of state.units) {
      for (const year of [2023, 2024, 2025, 2026]) {
        const update = yearlyUpdateFor(u, year);
        if (!update) continue; // a review not counted (sjj's plan is unreadable, not its reviews: all counted)
        expect(update.targets.length + update.exchangesPlanned.length, `${u.id} ${year}`).toBeGreaterThan(0);
      }
    }
    expect(yearlyUpdateFor(unit('fgw'), 2023)!.newIndicators.map((i) => i.id)).toEqual(['major-project-investment']);
  });

  it('gaj filed its 2022-09 progress on 2022-10-08, the working day after 国庆 (due 2022-10-05): on time', () => {
    const entry = unit('gaj').documents.find((d) => d.expected.key === 'progress:2022-09')!;
    expect(entry.expected.due).toBe('2022-10-08');
    expect(entry.status).toMatchObject({ state: 'on-time', submitted: '2022-10-08' });
  });

  it('gives every unit an order', () => {
    for (const u of state.units) expect(typeof u.profile?.data.order, u.id).toBe('number');
  });
});
