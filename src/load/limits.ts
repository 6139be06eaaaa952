// The limits a parsed file must keep, checked in one iterative walk of its plain data: no number that
// is not finite (.nan, .inf), at most 10,000 keys in a mapping and 10,000 items in a list, and an
// alias expansion no larger than a file under the size cap could honestly hold.
import type { DataPath } from './yaml.js';

export const MAX_KEYS = 10_000;
export const MAX_ITEMS = 10_000;
/** Nodes and text characters the expanded data may hold: far above what 5 MB of YAML can write out. */
export const MAX_EXPANDED_NODES = 3_000_000;
export const MAX_EXPANDED_CHARS = 20_000_000;

/**
 * The fast path's limits (fast-parse.ts): beyond them the exact path reads the file and
 * reports what it must. Keys and items are the limits above (a number that is not finite is refused by
 * the fast path too); a text this long could not be ruled out of the expansion limits without counting
 * (no aliases reach the fast path, so its data is no larger than its text).
 */
export const FAST_LIMITS = { depth: 50, items: MAX_ITEMS, keys: MAX_KEYS, keyLength: 200, textLength: 1_000_000 } as const;

export interface LimitProblem {
  path: DataPath;
  /** 'notFinite', 'tooManyKeys' or 'tooManyItems': schema findings at the node. */
  messageId: 'notFinite' | 'tooManyKeys' | 'tooManyItems';
  data: Record<string, string | number>;
}

export interface LimitReport {
  /** The aliases expand past MAX_EXPANDED_*: the file is refused as a whole (a yaml-syntax finding). */
  expansion: boolean;
  problems: LimitProblem[];
}

function written(value: number): string {
  return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
}

/**
 * Walks `data` without recursion, each node once per way it is reached (so aliases count in full). What
 * lies inside a list or mapping past its limit is not reported on, but still counted toward the
 * expansion limits: an over-long list aliased many times is a bomb like any other. The walk stops as
 * soon as either limit is passed, so it never takes more than MAX_EXPANDED_NODES steps.
 */
export function inspectData(data: unknown): LimitReport {
  const problems: LimitProblem[] = [];
  // `path` null: inside a collection past its limit, counted only.
  const stack: { value: unknown; path: DataPath | null }[] = [{ value: data, path: [] }];
  let nodes = 0;
  let chars = 0;
  const report = (path: DataPath | null, problem: Omit<LimitProblem, 'path'>) => {
    if (path) problems.push({ path, ...problem });
  };
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    nodes++;
    if (nodes > MAX_EXPANDED_NODES || chars > MAX_EXPANDED_CHARS) return { expansion: true, problems };
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) report(path, { messageId: 'notFinite', data: { value: written(value), key: keyOf(path ?? []) } });
    } else if (typeof value === 'string') {
      chars += value.length;
    } else if (Array.isArray(value)) {
      const over = value.length > MAX_ITEMS;
      if (over) report(path, { messageId: 'tooManyItems', data: { count: value.length, limit: MAX_ITEMS, key: keyOf(path ?? []) } });
      const inner = over || !path ? null : path;
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: inner && [...inner, i] });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      const over = keys.length > MAX_KEYS;
      if (over) report(path, { messageId: 'tooManyKeys', data: { count: keys.length, limit: MAX_KEYS, key: keyOf(path ?? []) } });
      const inner = over || !path ? null : path;
      for (let i = keys.length - 1; i >= 0; i--) {
        chars += keys[i]!.length;
        stack.push({ value: (value as Record<string, unknown>)[keys[i]!], path: inner && [...inner, keys[i]!] });
      }
    }
  }
  return { expansion: false, problems };
}

/** `measures[3].percent`: the path as a clerk reads it; `(文件)` for the whole file. */
function keyOf(path: DataPath): string {
  return path.map((s) => (typeof s === 'number' ? `[${s + 1}]` : s)).join('.').replace(/\.\[/g, '[');
}
