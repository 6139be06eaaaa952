// JSON reports are written in pieces (render/json.ts) and must read exactly as JSON.stringify(…, null, 2).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batched, jsonChunks } from '../src/render/json.js';
import { cli, ROOT } from './helpers.js';

const whole = (value: object): string => JSON.stringify(value, null, 2) + '\n';
const pieces = (value: object): string => [...jsonChunks(value)].join('');

describe('JSON in pieces', () => {
  it('is JSON.stringify(value, null, 2) byte for byte, whatever the shape', () => {
    const cases: object[] = [
      {},
      [],
      [1, 'two', { three: [3] }],
      { units: [] },
      { units: [{}], empty: {}, list: [[]] },
      { a: 1, skipped: undefined, f: () => 1, b: null, c: [undefined, () => 1, 2] },
      { units: [{ name: '第一行\n第二行 "引号" \\ \u2028', nested: [{ deep: [1, 2, { x: '€' }] }] }, { name: 'b', n: -0, big: 1e21, small: 5e-7 }] },
      { campaign: '鄂尔多斯市', asOf: '2026-12-04', units: [{ unit: 'fgw', score: 91.5, components: { timeliness: { score: 1, weight: 15 } } }], chase: [{ unit: 'fgw' }], summary: { units: 1 } },
      { date: new Date(Date.UTC(2026, 11, 4)) },
      new Date(Date.UTC(2026, 11, 4)) as object,
    ];
    for (const value of cases) expect(pieces(value)).toBe(whole(value));
  });

  it('writes a list element by element, not as one string', () => {
    const report = { campaign: 'c', units: Array.from({ length: 3 }, (_, i) => ({ unit: `u${i}` })) };
    const chunks = [...jsonChunks(report)];
    // '{', the campaign's key and its value, the units' key, '[', one piece per unit, ']', '}'.
    expect(chunks.filter((c) => c.includes('"unit"'))).toHaveLength(3);
  });

  it('joins pieces into batches of about the size asked, losing nothing', () => {
    const chunks = ['ab', 'cd', 'e', 'fghij', 'k'];
    expect([...batched(chunks, 4)]).toEqual(['abcd', 'efghij', 'k']);
    expect([...batched([], 4)]).toEqual([]);
  });

  // The example's reports, as the CLI writes them: parsed and written again whole, they read the same.
  it.each([
    ['score', '--year', '2023'],
    ['report', 'quarterly', '--quarter', '2024-Q2'],
    ['report', 'annual', '--year', '2023'],
    ['report', 'monthly', '--month', '2022-08'],
    ['status'],
  ])('ebz %s … --format json reads as JSON.stringify would write it', (...args: string[]) => {
    const at = args[0] === 'report' ? 2 : 1;
    const argv = [...args.slice(0, at), join(ROOT, 'examples', 'ordos'), ...args.slice(at), '--as-of', '2026-12-04', '--format', 'json'];
    const { code, stdout } = cli(argv);
    expect(code).toBe(0);
    expect(stdout).toBe(whole(JSON.parse(stdout) as object));
    expect(stdout.length).toBeGreaterThan(1000);
  });
});
