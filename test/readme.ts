// What the README tests share (readme.test.ts, readme-en.test.ts): its commands, and running them as written
// against a copy of the bundled example.
//
// The README's convention: a fenced block marked `syntax` shows the form of a command (placeholders
// such as 路径, 规则, PATH, RULE allowed); every other `ebz …` line — in a `sh` block or as inline code
// in the text — is a command a reader may copy. Lines of one `sh` block run in order in one copy of the
// example (a `cd` line changes the folder for the lines after it); each inline command runs in a fresh copy.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, tempDir } from './helpers.js';

export interface Snippet {
  /** Where in the README, for the failure message. */
  line: number;
  commands: string[];
}

function readmeSnippets(text: string): { runnable: Snippet[]; misplaced: string[] } {
  const runnable: Snippet[] = [];
  const misplaced: string[] = [];
  const lines = text.split('\n');
  let fence: { info: string; start: number; body: string[] } | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const opening = /^```(\S*)/.exec(line);
    if (fence === null && opening) {
      fence = { info: opening[1]!, start: i + 1, body: [] };
      return;
    }
    if (fence !== null) {
      if (line === '```') {
        if (fence.info === 'sh') {
          const commands = fence.body.map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => /^(ebz|cd) /.test(l));
          if (commands.some((c) => c.startsWith('ebz '))) runnable.push({ line: fence.start, commands });
        } else if (fence.info !== 'syntax') {
          for (const l of fence.body) if (/^\s*(\$ )?ebz /.test(l)) misplaced.push(`README.md:${fence.start}: ${l.trim()}`);
        }
        fence = null;
      } else fence.body.push(raw);
      return;
    }
    for (const match of raw.matchAll(/`(ebz [^`]+)`/g)) runnable.push({ line: i + 1, commands: [match[1]!] });
  });
  return { runnable, misplaced };
}

/** A command line split as a shell would split this README's plain words (no quotes are used). */
function words(command: string): string[] {
  return command.split(/\s+/).filter(Boolean);
}

/** What a placeholder looks like: brackets, alternatives, ellipses, the syntax words of either half. */
export const PLACEHOLDER = /[[\]<>|…]|路径|规则$|文件夹$|日期$|种类|\b(PATH|DIR|FILE|RULE|KIND|ID|DATE|YYYY|OPTIONS)\b/;

/** `check` and `new` report what they found (exit 1 on errors: the example has deliberate ones); anything else must succeed. */
function allowedCodes(args: string[]): number[] {
  return args[0] === 'check' || args[0] === 'new' ? [0, 1] : [0];
}

/** The built CLI as the README's reader runs it: an 80-column pipe, nothing on stdin. */
function ebz(args: string[], cwd: string, home: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'ebz.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', EBZ_CACHE: 'off', COLUMNS: '80', HOME: home },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => done({ code, stderr }));
  });
}

export const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
export const { runnable, misplaced } = readmeSnippets(readme);

/** Where the English half begins: the README's second top-level heading. */
const ENGLISH_FROM = readme.slice(0, readme.indexOf('\n# ', 1)).split('\n').length + 1;

/** Each command shown once: the Chinese half's, then the English half's that the Chinese half does not show. */
const unique = runnable.filter((s, i) => runnable.findIndex((t) => t.commands.join('\n') === s.commands.join('\n')) === i);
export const chineseHalf = unique.filter((s) => s.line < ENGLISH_FROM);
export const englishHalf = unique.filter((s) => s.line >= ENGLISH_FROM);

/** Runs each snippet in a fresh copy of the example, a few at a time; the failures, one line each. */
export async function runSnippets(snippets: readonly Snippet[]): Promise<string[]> {
  const failures: string[] = [];
  const runSnippet = async (snippet: Snippet) => {
    const home = tempDir();
    cpSync(join(ROOT, 'examples', 'ordos'), join(home, 'examples', 'ordos'), { recursive: true });
    let cwd = home;
    for (const command of snippet.commands) {
      const args = words(command).slice(1);
      if (command.startsWith('cd ')) {
        cwd = resolve(cwd, args[0]!);
        continue;
      }
      const run = await ebz(args, cwd, home);
      if (!allowedCodes(args).includes(run.code ?? -1)) {
        failures.push(`README.md:${snippet.line}: ${command} → exit ${run.code}: ${run.stderr.trim().split('\n')[0] ?? ''}`);
      }
    }
  };
  // A few at a time: each is a whole process.
  const queue = [...snippets];
  await Promise.all(Array.from({ length: 3 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await runSnippet(next);
  }));
  return failures.sort();
}

