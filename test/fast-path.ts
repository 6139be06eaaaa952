// The fast path set on and off within a test file (EBZ_FAST_PARSE), and put back after each test.
import { afterEach } from 'vitest';

/** Puts EBZ_FAST_PARSE back as it was after each test of the file that calls this. */
export function restoreFastParseSetting() {
  const setting = process.env.EBZ_FAST_PARSE;
  afterEach(() => {
    if (setting === undefined) delete process.env.EBZ_FAST_PARSE;
    else process.env.EBZ_FAST_PARSE = setting;
  });
}

/** Runs `fn` with the fast path on, then off, and returns both answers. */
export function bothWays<T>(fn: () => T): { on: T; off: T } {
  process.env.EBZ_FAST_PARSE = 'on';
  const on = fn();
  process.env.EBZ_FAST_PARSE = 'off';
  const off = fn();
  return { on, off };
}
