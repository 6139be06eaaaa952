// Issue 25, item 1: a comment could hang every command. The fast path's screening regex backtracked
// exponentially on a file with a `{`, a comment line ending in an ASCII comma and a banner of `# # # …`
// after it (18 pairs took 24 s; 30 never finished); Weibo-style `#话题#` after a comma grew it too. The
// screening is now linear by construction (see src/load/fast-parse.ts); such files read as yaml reads them.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/load/fast-parse.js';
import { parseYaml } from '../src/load/yaml.js';
import { campaignWith, cli, SOUND_AS_OF } from './helpers.js';

/** A research note of the kind that set it off: a block scalar, a flow mapping, a comma, then a banner. */
function bannerFile(pairs: number, banner = '# '): string {
  return [
    'unit: fgw',
    'submitted: 2022-02-09',
    'contact: { established: 2022-01-14, channel: 建立季度视频会商机制 }',
    'trips:',
    '  - date: 2022-01-25',
    '    destination: 陕西省榆林市',
    '    participants: 5',
    '    findings: |',
    '      学习产业延链经验，调研纪要见附件。',
    '# 以下为调研组意见,',
    banner.repeat(pairs).trimEnd(),
    '',
  ].join('\n');
}

/** The fast path accepts only what the exact path reads alike: the same data, no problem. */
function readAlike(text: string) {
  const fast = fastParse(text);
  const exact = parseYaml(text);
  if (fast === undefined) return;
  expect(exact.problems, JSON.stringify(text)).toEqual([]);
  expect(isDeepStrictEqual(fast, exact.data), JSON.stringify(text)).toBe(true);
}

describe('a comment banner after a comma', () => {
  it('is read by every command as yaml reads it, however long the banner', () => {
    const dir = campaignWith({ 'units/fgw/research.yaml': bannerFile(30) });
    // The spawned check is killed after a minute (status null): the old screening never finished.
    const result = cli(['check', join(dir, 'units', 'fgw', 'research.yaml'), '--as-of', SOUND_AS_OF, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    for (const banner of ['# ', '#话题# ', '#']) readAlike(bannerFile(400, banner));
  }, 120_000);

  it('reads generated comment banners, topics and commas as yaml does', () => {
    const comment = fc.constantFrom('# 备注,', '# a,', '#,', '# 话题,', '# #话题#,', '# 说明，', '# end', '#');
    const banner = fc.tuple(fc.constantFrom('# ', '#', '#话题# ', '# #', ' # ', '#\t'), fc.integer({ min: 0, max: 40 })).map(([unit, n]) => unit.repeat(n));
    const content = fc.constantFrom('a: 1', 'b: { c: 2 }', 'd: [1, 2]', 'e: |\n  x,\n  # not a comment', 'f: "g, # h"', '- x', 'i: { j: [k] }', 'l: {m: n, o: p}');
    const line = fc.oneof(comment, banner, content);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => readAlike(lines.join(eol) + eol)),
      { numRuns: 2000 },
    );
  }, 120_000);
});
