// Values at path patterns such as `measures.*.title`, for rules that look at many fields alike.
import type { DataPath } from '../load/yaml.js';

const segmentsOf = new Map<string, readonly string[]>();

/**
 * Calls `visit` with every value at `pattern` (dot-separated keys, `*` for each item of a list) in
 * `data`, in order, and a function that gives the value's path: made only when a rule reports, since
 * most values are fine.
 */
export function forEachValueAt(data: unknown, pattern: string, visit: (value: unknown, path: () => DataPath) => void): void {
  let segments = segmentsOf.get(pattern);
  if (!segments) {
    segments = pattern.split('.');
    segmentsOf.set(pattern, segments);
  }
  const path: (string | number)[] = [];
  const pathNow = () => path.slice();
  const walk = (value: unknown, depth: number) => {
    if (depth === segments.length) {
      visit(value, pathNow);
      return;
    }
    const key = segments[depth]!;
    if (key === '*') {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i], depth + 1);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && key in value) {
      path.push(key);
      walk((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  walk(data, 0);
}
