// Generated campaign folders — the sound campaign's documents, varied at random, then broken at random in
// their data, keys, types, dates and bytes — through the real loader, rules, scores and reports.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../src/load/workspace.js';
import { buildMonthlyReport } from '../src/reports/monthly.js';
import { analyze } from '../src/reports/analysis.js';
import { runCheck } from '../src/rules/check.js';
import { asOfArb, BASE, fileChange, FILES, slots, writeChanged } from './generators.js';
import { tempDir } from './helpers.js';

describe('generated and broken campaigns', () => {
  it('never throw, give valid JSON, and locate every finding inside its file', () => {
    const dir = tempDir();
    const now = new Date('2023-06-15T04:00:00Z');
    fc.assert(
      fc.property(fc.array(fileChange, { maxLength: 4 }), asOfArb, fc.constantFrom('zh', 'en'), (changes, asOf, lang) => {
        const contents = writeChanged(dir, changes);
        let run;
        try {
          run = runCheck(dir, { lang, asOf, now });
        } catch (error) {
          // A campaign.yaml broken beyond use stops the run with a known error (exit 2), never anything else.
          expect((error as Error).name).toBe('EbzError');
          return;
        }
        const json = JSON.parse(JSON.stringify(run.result));
        expect(json.summary.errors + json.summary.warnings + json.summary.infos).toBe(json.findings.length);
        for (const finding of run.result.findings) {
          expect(typeof finding.file).toBe('string');
          expect(finding.file.length).toBeGreaterThan(0);
          expect(typeof finding.message).toBe('string');
          expect(finding.message).not.toMatch(/^[a-z-]+: [a-zA-Z]+$/);
          if (finding.line !== null) {
            const bytes = contents.get(finding.file);
            expect(bytes, `${finding.rule} ${finding.file}`).toBeDefined();
            const lines = Buffer.from(bytes!).toString('latin1').split(/\r\n|\r|\n/).length;
            expect(finding.line).toBeGreaterThanOrEqual(1);
            expect(finding.line).toBeLessThanOrEqual(lines);
            expect(finding.column).toBeGreaterThanOrEqual(1);
          }
        }
        const analysis = analyze(loadWorkspace(dir), run.result.asOf, asOf === undefined, lang);
        JSON.parse(JSON.stringify(analysis.scores));
        JSON.parse(JSON.stringify(buildMonthlyReport(analysis.state, '2022-04', false)));
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

// ---- hostile values: numbers that are not finite, text that forges lines, links in and out --------

/** Text that would forge a line, a heading, a link or colours if any output let it through. */
const hostileText = fc
  .tuple(
    fc.constantFrom('张三', 'x'),
    fc.constantFrom('\n', '\r\n', '\r', '\t', '\u2028', '\u0085', '\u000b'),
    fc.constantFrom('FORGED ## 通报批评', 'FORGED [点我](http://x)', 'FORGED <b>粗</b>', 'FORGED | 管道 |'),
    fc.constantFrom('', '\u001b[31m', '\u0007', '\u202e', '\u2066', '\u0000', '\u009b2J'),
  )
  .map(([a, b, c, d]) => `${a}${b}${c}${d}`);

const hostileChange = fc.record({
  file: fc.nat(),
  pick: fc.nat(),
  value: fc.oneof(hostileText, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)),
});

const linkChange = fc.record({
  file: fc.nat(),
  /** Inside the campaign (another of its files), outside it, or dangling. */
  to: fc.constantFrom('inside', 'outside', 'outside-folder', 'dangling'),
});

describe('hostile values in every text and number field, and links', () => {
  it('never throw, never score NaN, and every text and Markdown line stays one line of the data', async () => {
    const { symlinkSync } = await import('node:fs');
    const { buildScoreReport } = await import('../src/reports/scores.js');
    const { scoreView } = await import('../src/render/views.js');
    const { renderMd, renderText } = await import('../src/render/formats.js');
    const { renderCheckMd, renderCheckText } = await import('../src/render/findings.js');
    const { painter } = await import('../src/render/color.js');
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), 'unit: SECRET\nsubmitted: 2022-01-01\n');
    mkdirSync(join(outside, 'folder'), { recursive: true });
    writeFileSync(join(outside, 'folder', 'SECRET.yaml'), 'SECRET: 1\n');
    fc.assert(
      fc.property(fc.array(hostileChange, { maxLength: 4 }), fc.array(linkChange, { maxLength: 2 }), fc.constantFrom('zh', 'en'), (changes, links, lang) => {
        rmSync(dir, { recursive: true, force: true });
        const contents = new Map<string, string>(FILES.map((rel) => [rel, BASE[rel]!]));
        for (const change of changes) {
          const rel = FILES[change.file % FILES.length]!;
          const data = parse(contents.get(rel)!) as unknown;
          // Text values take hostile text, number values a number that is not finite.
          const all = slots(data).filter(([parent, key]) => typeof parent[key] === (typeof change.value === 'number' ? 'number' : 'string'));
          if (all.length === 0) continue;
          const [parent, key] = all[change.pick % all.length]!;
          parent[key] = change.value;
          contents.set(rel, stringify(data));
        }
        for (const [rel, text] of contents) {
          mkdirSync(dirname(join(dir, rel)), { recursive: true });
          writeFileSync(join(dir, rel), text);
        }
        for (const link of links) {
          const rel = FILES[link.file % FILES.length]!;
          rmSync(join(dir, rel), { force: true });
          const target = { inside: join(dir, FILES[(link.file + 1) % FILES.length]!), outside: join(outside, 'secret.yaml'), 'outside-folder': join(outside, 'folder'), dangling: join(dir, 'nowhere.yaml') }[link.to];
          symlinkSync(target, join(dir, rel));
        }
        let run;
        try {
          run = runCheck(dir, { lang, asOf: '2023-03-01' });
        } catch (error) {
          expect((error as Error).name).toBe('EbzError');
          return;
        }
        const paint = painter(0);
        // Text as wide as its content: a wrapped line is the same value going on, not a forged one.
        const wide = 1_000_000;
        const texts = [renderCheckText(run.result, { lang, paint, width: wide })];
        const markdowns = [renderCheckMd(run.result, { lang, paint })];
        for (const finding of run.result.findings) expect(finding.message).not.toContain('SECRET');
        const analysis = analyze(loadWorkspace(dir), '2023-03-01', false, lang);
        for (const unit of analysis.scores) expect(unit.score === null || Number.isFinite(unit.score)).toBe(true);
        const report = buildScoreReport(analysis);
        const view = scoreView(report, lang, { scoring: analysis.state.campaign.scoring });
        texts.push(renderText(view, paint, wide));
        markdowns.push(renderMd(view));
        for (const output of [...texts, ...markdowns]) {
          expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
          for (const line of output.split('\n')) expect(line.replace(/^[\s|#]*/, '').startsWith('FORGED')).toBe(false);
          expect(output).not.toContain('SECRET');
        }
        for (const md of markdowns) {
          // Inert in Markdown: no live link or HTML from the data.
          expect(md).not.toMatch(/(?<!\\)\[点我\\?\]\(/);
          expect(md).not.toContain('<b>');
        }
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
