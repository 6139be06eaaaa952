// Every `ebz` command the README shows runs as written against a copy of the bundled example.
//
// The README's convention: a fenced block marked `syntax` shows the form of a command (placeholders
// such as 路径, 规则, PATH, RULE allowed); every other `ebz …` line — in a `sh` block or as inline code
// in the text — is a command a reader may copy. Lines of one `sh` block run in order in one copy of the
// example (a `cd` line changes the folder for the lines after it); each inline command runs in a fresh copy.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

interface Snippet {
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
const PLACEHOLDER = /[[\]<>|…]|路径|规则$|文件夹$|日期$|种类|\b(PATH|DIR|FILE|RULE|KIND|ID|DATE|YYYY|OPTIONS)\b/;

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

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const { runnable, misplaced } = readmeSnippets(readme);

describe('the README', () => {
  it('shows commands only in sh blocks, inline code or syntax blocks', () => {
    expect(misplaced).toEqual([]);
    expect(runnable.length).toBeGreaterThan(10);
    // The three jobs come first, in both halves.
    for (const heading of ['## 一、收到材料怎么查', '## 二、月报、季报、年度评估怎么出', '## 三、方案报送前自检', '## 1. Checking what came in', '## 2. The monthly, quarterly and annual reports', '## 3. Checking a plan before it is sent']) {
      expect(readme).toContain(`\n${heading}\n`);
    }
    expect(readme.indexOf('## 三、方案报送前自检')).toBeLessThan(readme.indexOf('## 参考'));
    expect(readme.indexOf('## 3. Checking a plan before it is sent')).toBeLessThan(readme.indexOf('## Reference'));
  });

  it('has no placeholder outside a syntax block', () => {
    const offending = runnable.flatMap((s) => s.commands.filter((c) => PLACEHOLDER.test(c)).map((c) => `README.md:${s.line}: ${c}`));
    expect(offending).toEqual([]);
  });

  it('runs every ebz command it shows, with the exit code it promises', async () => {
    const unique = [...new Map(runnable.map((s) => [s.commands.join('\n'), s])).values()];
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
    const queue = [...unique];
    await Promise.all(Array.from({ length: 3 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await runSnippet(next);
    }));
    expect(failures.sort()).toEqual([]);
  }, 300_000);
});
