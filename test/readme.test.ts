// Every `ebz` command the README shows runs as written against a copy of the bundled example.
//
// The README's convention: a fenced block marked `syntax` shows the form of a command (placeholders
// such as 路径, 规则, PATH, RULE allowed); every other `ebz …` line — in a `sh` block or as inline code
// in the text — is a command a reader may copy. Lines of one `sh` block run in order in one copy of the
// example (a `cd` line changes the folder for the lines after it); each inline command runs in a fresh copy.
import { describe, expect, it } from 'vitest';
import { chineseHalf, misplaced, PLACEHOLDER, readme, runnable, runSnippets } from './readme.js';

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

  it('runs every ebz command of its Chinese half, with the exit code it promises', async () => {
    expect(chineseHalf.length).toBeGreaterThan(10);
    expect(await runSnippets(chineseHalf)).toEqual([]);
  }, 300_000);
});
