// The fast path on and off give the same results: file by file, check by check, and every command's output.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { analyzeSource } from '../src/load/source.js';
import { runCheck } from '../src/rules/check.js';
import { bothWays, restoreFastParseSetting } from './fast-path.js';
import { asOfArb, fileChange, writeChanged } from './generators.js';
import { fixture, FIXTURES, ROOT, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
restoreFastParseSetting();

describe('the fast path on and off', () => {
  it('reads each file of the property-test generators to the same result', () => {
    const dir = tempDir();
    fc.assert(
      fc.property(fc.array(fileChange, { maxLength: 4 }), (changes) => {
        const contents = writeChanged(dir, changes);
        for (const [rel, bytes] of contents) {
          if (!rel.endsWith('.yaml')) continue;
          const kind = rel === 'campaign.yaml' ? 'campaign' : rel === 'adjustments.yaml' ? 'adjustments' : rel.includes('/progress/') ? 'progress' : rel.includes('/annual/') ? 'annual' : rel.endsWith('unit.yaml') ? 'unit' : rel.split('/').pop()!.replace('.yaml', '');
          const { on, off } = bothWays(() => analyzeSource(rel, 'fgw', kind as Parameters<typeof analyzeSource>[2], bytes));
          expect(on, rel).toEqual(off);
        }
      }),
      { numRuns: 100 },
    );
  }, 300_000);

  it('checks generated and broken campaigns to the same findings', () => {
    const dir = tempDir();
    const now = new Date('2023-06-15T04:00:00Z');
    fc.assert(
      fc.property(fc.array(fileChange, { maxLength: 4 }), asOfArb, (changes, asOf) => {
        writeChanged(dir, changes);
        const { on, off } = bothWays(() => {
          try {
            return JSON.stringify(runCheck(dir, { lang: 'en', asOf, now }).result);
          } catch (error) {
            return String(error);
          }
        });
        expect(on).toBe(off);
      }),
      { numRuns: 100 },
    );
  }, 300_000);

  /**
   * Every command's JSON (and exit code and stderr) for a campaign, run in this process. `few` keeps the
   * commands that between them read every loaded value: check (findings and their positions), score (every
   * component over the whole campaign) and the annual report (the ledger, the reviews, the year before);
   * status and the monthly and quarterly reports read nothing those three do not.
   */
  async function outputs(dir: string, asOf: string, few = false): Promise<string> {
    const all = [
      ['check', dir, '--as-of', asOf, '--format', 'json'],
      ['status', dir, '--as-of', asOf, '--format', 'json'],
      ['score', dir, '--as-of', asOf, '--format', 'json'],
      ['report', 'monthly', dir, '--month', '2022-06', '--format', 'json'],
      ['report', 'quarterly', dir, '--quarter', '2022-Q4', '--format', 'json'],
      ['report', 'annual', dir, '--year', '2022', '--format', 'json'],
    ];
    const commands = few ? all.filter(([command, kind]) => command === 'check' || command === 'score' || kind === 'annual') : all;
    const out: unknown[] = [];
    for (const argv of commands) {
      let stdout = '';
      let stderr = '';
      const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { NO_COLOR: '1' }, cwd: ROOT, now: new Date('2023-06-15T04:00:00Z') };
      const code = await main(argv, io);
      out.push({ argv: argv.join(' '), code, stdout, stderr });
    }
    return JSON.stringify(out);
  }

  async function expectSame(dir: string, asOf: string, few = false) {
    process.env.EBZ_FAST_PARSE = 'on';
    const on = await outputs(dir, asOf, few);
    process.env.EBZ_FAST_PARSE = 'off';
    const off = await outputs(dir, asOf, few);
    expect(on).toBe(off);
  }

  it('gives the same check, status, score and reports for the Ordos example', async () => {
    await expectSame(ORDOS, '2026-03-01');
  }, 120_000);

  it('gives the same check, score and annual report for every fixture', async () => {
    for (const name of readdirSync(FIXTURES).sort()) {
      const dir = name === 'sound-campaign' ? SOUND : fixture(name);
      await expectSame(dir, SOUND_AS_OF, true);
      // A hundred copies of the sound campaign left for the end make its clean-up slow.
      if (dir !== SOUND) rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
