// Values at path patterns such as `measures.*.title`, for rules that look at many fields alike.
import type { DataPath } from '../load/yaml.js';

export interface Found {
  path: DataPath;
  value: unknown;
}

/** Every value at `pattern` (dot-separated keys, `*` for each item of a list) in `data`. */
const segmentsOf = new Map<string, readonly string[]>();

export function valuesAt(data: unknown, pattern: string): Found[] {
  let segments = segmentsOf.get(pattern);
  if (!segments) {
    segments = pattern.split('.');
    segmentsOf.set(pattern, segments);
  }
  let found: Found[] = [{ path: [], value: data }];
  for (const key of segments) {
    const next: Found[] = [];
    for (const { path, value } of found) {
      if (key === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ path: [...path, i], value: item }));
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && key in value) {
        next.push({ path: [...path, key], value: (value as Record<string, unknown>)[key] });
      }
    }
    found = next;
  }
  return found;
}
