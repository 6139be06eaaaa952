// Test helpers: fixture folders (the sound campaign with a small overlay), checks and the real CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { runCheck, type CheckOptions } from '../src/rules/check.js';
import type { Finding } from '../src/model/finding.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SOUND = join(FIXTURES, 'sound-campaign');
/** The as-of date at which the sound campaign owes nothing and is sound. */
export const SOUND_AS_OF = '2023-03-01';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ebz-test-'));
  made.push(dir);
  return dir;
}

/**
 * A copy of the sound campaign with the named fixture folder laid over it: its files replace or add
 * to the campaign's, and each path listed in its `DELETE` file is removed.
 */
export function fixture(name: string): string {
  const dir = tempDir();
  cpSync(SOUND, dir, { recursive: true });
  const overlay = join(FIXTURES, name);
  if (!existsSync(overlay)) throw new Error(`no fixture ${name}`);
  cpSync(overlay, dir, { recursive: true, filter: (src) => !src.endsWith('/DELETE') });
  const deletions = join(overlay, 'DELETE');
  if (existsSync(deletions)) {
    for (const rel of readFileSync(deletions, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) {
      rmSync(join(dir, rel), { recursive: true, force: true });
    }
  }
  return dir;
}

/** Writes files (path → text or bytes) into a fresh copy of the sound campaign. */
export function campaignWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  cpSync(SOUND, dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

export function findings(path: string, options: Partial<CheckOptions> = {}): Finding[] {
  return runCheck(path, { lang: 'zh', asOf: SOUND_AS_OF, ...options }).result.findings;
}

/** The findings of one rule as `file:line` strings (line `-` when the finding has none). */
export function located(list: Finding[], rule: string): string[] {
  return list.filter((f) => f.rule === rule).map((f) => `${f.file}:${f.line ?? '-'}`);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** No spawned process may outlive its test: a hang is killed and shows as a failure (status null). */
export const SPAWN_TIMEOUT_MS = 60_000;

/**
 * Runs the real bin/ebz.js as a user would. Its output is as wide as its content (COLUMNS=1000), so a
 * test reads what is said, not where a line breaks; a test of layout sets COLUMNS itself (an empty
 * COLUMNS gives what a pipe gets).
 */
export function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'ebz.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', EBZ_CACHE: 'off', COLUMNS: '1000', ...options.env },
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
