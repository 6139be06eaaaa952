// Reading one file of a campaign by path: the unit of work the loader spreads over worker threads.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileKind } from '../model/types.js';
import { analyzeSource, type SourceResult } from './source.js';

export interface ReadJob {
  rel: string;
  unit: string | null;
  kind: FileKind;
  maxBytes: number;
}

/** Reads and analyses one file; a file too large or unreadable is reported and still counts as there. */
export function readJob(root: string, job: ReadJob): SourceResult {
  const { rel, unit, kind, maxBytes } = job;
  const refuse = (messageId: string, data: Record<string, string | number>): SourceResult => ({
    rel,
    unit,
    kind,
    encoding: null,
    data: undefined,
    valid: false,
    reports: [{ rule: 'yaml-syntax', messageId, data, unit, file: rel, line: null, column: null }],
  });
  const full = join(root, rel);
  let bytes: Uint8Array;
  try {
    const size = statSync(full).size;
    if (size > maxBytes) return refuse('tooLarge', { size, limit: maxBytes });
    bytes = readFileSync(full);
  } catch {
    return refuse('unreadable', { file: rel });
  }
  return analyzeSource(rel, unit, kind, bytes);
}
