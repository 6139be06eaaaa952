import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../src/i18n/messages.js';
import { RULES } from '../src/rules/index.js';
import { findings, ROOT, SOUND } from './helpers.js';

/** DESIGN §3, the public catalogue: id, default severity, clause. */
const DESIGN_CATALOGUE: [string, string, string | null][] = [
  ['yaml-syntax', 'error', null],
  ['yaml-duplicate-key', 'error', null],
  ['file-encoding', 'warning', null],
  ['file-unknown', 'warning', null],
  ['schema', 'error', null],
  ['id-mismatch', 'error', null],
  ['unit-profile-missing', 'error', null],
  ['unit-domain-unknown', 'error', null],
  ['unit-not-member', 'error', '三(一)1'],
  ['unit-roster-mismatch', 'error', '三(一)1'],
  ['placeholder-text', 'error', '三(二)2'],
  ['future-date', 'error', null],
  ['number-noise', 'warning', '三(一)2'],
  ['benchmark-missing', 'error', '三(一)2'],
  ['benchmark-late', 'warning', '三(一)2'],
  ['research-missing', 'error', '三(二)1'],
  ['research-late', 'warning', '三(二)1'],
  ['plan-missing', 'error', '三(二)2'],
  ['plan-late', 'warning', '三(二)2'],
  ['progress-missing', 'error', '四(二)'],
  ['progress-late', 'warning', '四(二)'],
  ['annual-missing', 'error', '三(四)2'],
  ['annual-late', 'warning', '三(四)2'],
  ['approval-signer', 'error', '三(一)2, 三(二)2'],
  ['approval-date', 'error', '三(一)2, 三(二)2'],
  ['benchmark-self', 'error', '三(一)2'],
  ['resource-city-preferred', 'info', '三(一)2'],
  ['indicator-target-direction', 'error', '三(一)2'],
  ['indicator-target-below-benchmark', 'warning', '三(三)'],
  ['duplicate-id', 'error', null],
  ['unknown-indicator', 'error', null],
  ['unknown-measure', 'error', null],
  ['measure-unquantified', 'error', '三(二)2'],
  ['measure-due-range', 'warning', '三(二)2'],
  ['indicator-uncovered', 'warning', '三(二)2'],
  ['exchange-unplanned', 'warning', '三(三)2'],
  ['status-percent-mismatch', 'error', null],
  ['blocked-without-reason', 'error', null],
  ['percent-regressed', 'warning', null],
  ['measure-unreported', 'warning', '四(二)'],
  ['measure-overdue', 'warning', '三(三)1'],
  ['learned-not-done', 'warning', '三(四)2'],
  ['milestone-order', 'error', '三(二)2'],
  ['indicator-value-missing', 'warning', '四(二)'],
  ['adjustment-unknown-unit', 'error', null],
  ['unit-history-order', 'error', null],
  ['revision-signer', 'error', '三(二)2'],
  ['revision-date', 'error', '三(二)2'],
  ['revision-unknown', 'error', null],
  ['dropped-measure-reported', 'warning', null],
  ['annual-update-empty', 'warning', '三(四)2'],
  ['ongoing-done', 'warning', '三(四)2'],
  ['research-contact-late', 'warning', '三(二)1'],
  ['trip-after-submission', 'error', '三(二)1'],
  ['trip-before-campaign', 'warning', '三(二)1'],
  ['trip-not-to-benchmark', 'warning', '三(二)1'],
  ['plan-before-research', 'warning', '三(二)2'],
  ['not-counted-as-of', 'info', null],
  ['cross-check-skipped', 'info', null],
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A field is named by its Chinese title in zh and by its key in en: the same placeholder for this test. */
const fieldPlaceholders = (text: string) => [...new Set(placeholders(text).map((p) => (p === 'title' ? 'key' : p)))].sort();

describe('the rule catalogue', () => {
  it('has exactly the ids, severities and clauses of DESIGN §3', () => {
    expect(RULES.map((r) => [r.id, r.severity, r.clause])).toEqual(DESIGN_CATALOGUE);
  });
  it('describes every rule and words every message in Chinese and English with the same placeholders', () => {
    for (const rule of RULES) {
      expect(rule.description.zh, rule.id).toMatch(/\S/);
      expect(rule.description.en, rule.id).toMatch(/\S/);
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
      for (const [id, message] of Object.entries(rule.messages)) {
        expect(message.zh, `${rule.id}.${id}`).toMatch(/\S/);
        expect(message.en, `${rule.id}.${id}`).toMatch(/\S/);
        expect(fieldPlaceholders(message.en), `${rule.id}.${id}`).toEqual(fieldPlaceholders(message.zh));
      }
    }
  });
  it('has a test file section for every rule id', () => {
    const dir = join(ROOT, 'test', 'rules');
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const missing = RULES.map((r) => r.id).filter((id) => !new RegExp(`describe\\('${id}[ ']`).test(text));
    expect(missing).toEqual([]);
  });
  it('finds nothing at all in the sound campaign: every rule stays silent there', () => {
    expect(findings(SOUND)).toEqual([]);
  });
});

describe('explain texts', () => {
  it('every rule carries why, how to fix and an example, in both languages, and every clause it cites is quoted', async () => {
    const { CLAUSES } = await import('../src/rules/clauses.js');
    for (const rule of RULES) {
      const { why, fix, file, wrong, right } = rule.explain;
      for (const text of [why.zh, why.en, fix.zh, fix.en, file, wrong, right]) expect(text, rule.id).toMatch(/\S/);
      expect(why.zh, rule.id).toMatch(/[\u4e00-\u9fff]/);
      expect(fix.zh, rule.id).toMatch(/[\u4e00-\u9fff]/);
      for (const clause of rule.clause?.split(/,\s*/) ?? []) expect(CLAUSES[clause]?.zh, `${rule.id} ${clause}`).toMatch(/\S/);
    }
  });
  it('quotes each clause word for word from the plan (../shared/seed beside the clone)', async () => {
    const { CLAUSES } = await import('../src/rules/clauses.js');
    const seed = join(ROOT, '..', 'shared', 'seed', '000_a231daac4601e320.txt');
    if (!existsSync(seed)) throw new Error(`The seed plan is missing: ${seed}. Put the shared folder (with seed/) beside the clone.`);
    const plan = readFileSync(seed, 'utf8');
    for (const [id, words] of Object.entries(CLAUSES)) {
      for (const part of words.zh.split('……')) expect(plan.includes(part), `${id}: ${part}`).toBe(true);
    }
  });
});

describe('general messages', () => {
  it('the words of the reports exist in Chinese and English with the same placeholders', async () => {
    const { reportWords } = await import('../src/i18n/report-words.js');
    for (const [id, words] of Object.entries(reportWords)) {
      expect(words.zh, id).toMatch(/\S/);
      expect(words.en, id).toMatch(/\S/);
      expect(placeholders(words.en), id).toEqual(placeholders(words.zh));
    }
  });
  it('exist in Chinese and English with the same placeholders', () => {
    for (const [id, message] of Object.entries(messages)) {
      expect(message.zh, id).toMatch(/\S/);
      expect(message.en, id).toMatch(/\S/);
      expect(placeholders(message.en), id).toEqual(placeholders(message.zh));
    }
  });
});

describe('derived files', () => {
  it('src/model/schemas.generated.ts matches schemas/', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-types.mjs'), '--check'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  it('src/load/validators.generated.ts matches schemas/', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-validators.mjs'), '--check'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  it('every schema property has a Chinese title and description', () => {
    const dir = join(ROOT, 'schemas');
    const untitled: string[] = [];
    const visit = (root: Record<string, unknown>, node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, property] of Object.entries(properties ?? {})) {
        const ref = typeof property.$ref === 'string' ? (property.$ref.slice(2).split('/').reduce<any>((n, k) => n[k], root) as Record<string, unknown>) : {};
        const title = property.title ?? ref.title;
        const description = property.description ?? ref.description;
        if (!(typeof title === 'string' && /[\u4e00-\u9fff]/.test(title) && typeof description === 'string' && /[\u4e00-\u9fff]/.test(description))) {
          untitled.push(`${path}.${key}`);
        }
      }
      for (const [key, value] of Object.entries(schema)) if (key !== 'if' && typeof value === 'object') visit(root, value, `${path}/${key}`);
    };
    for (const file of readdirSync(dir)) {
      const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      visit(schema, schema, file);
    }
    expect(untitled).toEqual([]);
  });
});

describe('start-up stays light', () => {
  it('check loads no prompt library, renderer of reports or scoring: its static import graph', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/^import (?!type)[^;]*? from '([^']+)';$/gm)) {
        if (spec!.startsWith('.')) visit(join(file, '..', spec!));
        else seen.add(spec!);
      }
    };
    visit(join(ROOT, 'dist', 'cli', 'check.js'));
    const loaded = [...seen].map((f) => f.replace(join(ROOT, 'dist') + '/', ''));
    expect(loaded.filter((f) => /inquirer|authoring|render\/(html|views|formats)|score\/|reports\//.test(f))).toEqual([]);
    expect(loaded).toContain('rules/check.js');
  });
  it('the command-line entry imports no validator, parser or renderer until a command runs', () => {
    const main = readFileSync(join(ROOT, 'dist', 'cli', 'main.js'), 'utf8');
    const staticImports = [...main.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]).sort();
    // Help needs the width to fit; display widths (string-width) are imported for every run but --version.
    expect(staticImports).toEqual(['../i18n/index.js', '../model/errors.js', '../render/width.js', 'commander', 'node:fs']);
  });
});

describe('README', () => {
  it('lists every rule, in both languages, exactly as the registry says', async () => {
    const { renderRulesMd } = await import('../src/render/rules.js');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const lang of ['zh', 'en'] as const) {
      expect(readme).toContain(`<!-- rules:${lang} -->\n${renderRulesMd(lang)}<!-- /rules:${lang} -->`);
    }
  });
  it('keeps the quick start a new user runs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npx ebz check examples/ordos\nnpm test\n');
  });
});
