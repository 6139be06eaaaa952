// Every `ebz` command of the README's English half runs as written (the Chinese half: readme.test.ts).
import { describe, expect, it } from 'vitest';
import { englishHalf, runSnippets } from './readme.js';

describe('the README', () => {
  it('runs every ebz command of its English half that the Chinese half does not show, with the exit code it promises', async () => {
    expect(englishHalf.length).toBeGreaterThan(5);
    expect(await runSnippets(englishHalf)).toEqual([]);
  }, 300_000);
});
