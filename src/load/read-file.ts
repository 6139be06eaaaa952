// Reading the files of a campaign, one after the other: each file is read, parsed and let go before the
// next, so no more than one file's bytes are held at a time.
import { join } from 'node:path';
import type { FileKind } from '../model/types.js';
import { ReadCache } from './cache.js';
import { readRegularFile, type RegularRead } from './regular-file.js';
import { analyzeSource, fastSource, type SourceResult } from './source.js';

export { readRegularFile, type RegularRead };

export interface ReadJob {
  rel: string;
  unit: string | null;
  kind: FileKind;
  maxBytes: number;
}

/** What a job's file holds, from what opening it found; a file too large, not regular or unreadable is reported and still counts as there. */
export function resultOfRead(job: ReadJob, read: RegularRead): SourceResult {
  const { rel, unit, kind } = job;
  if ('refused' in read) {
    return {
      rel,
      unit,
      kind,
      encoding: null,
      data: undefined,
      valid: false,
      reports: [{ rule: 'yaml-syntax', messageId: read.refused, data: { file: rel, ...read.data }, unit, file: rel, line: null, column: null }],
    };
  }
  return analyzeSource(rel, unit, kind, read.bytes);
}

/**
 * Reads every job's file in order: on the fast path when it can read it; else from the read cache when
 * its bytes are unchanged; else on the exact path, and the result kept in the cache. The cache holds only
 * what the exact path found: the fast path reads a file faster than the cache could give it back.
 * `complete`: every unit of the root is read (not one unit or one file), as the cache needs to know.
 */
export function readFiles(root: string, jobs: readonly ReadJob[], cache: ReadCache | null, complete: boolean): SourceResult[] {
  const results = jobs.map((job) => {
    const read = readRegularFile(join(root, job.rel), job.maxBytes);
    if (!('bytes' in read) || cache === null) return resultOfRead(job, read);
    const fast = fastSource(job.rel, job.unit, job.kind, read.bytes);
    if (fast) return fast;
    const key = ReadCache.key(job.kind, read.bytes);
    const kept = cache.get(key, job.rel, job.unit, job.kind);
    if (kept) return kept;
    const result = analyzeSource(job.rel, job.unit, job.kind, read.bytes, false);
    cache.set(key, result, read.bytes.length);
    return result;
  });
  cache?.save(complete);
  return results;
}
