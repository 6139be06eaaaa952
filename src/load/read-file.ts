// Reading one file of a campaign by path: the unit of work the loader spreads over worker threads.
import { join } from 'node:path';
import type { FileKind } from '../model/types.js';
import { readRegularFile, type RegularRead } from './regular-file.js';
import { analyzeSource, type SourceResult } from './source.js';

export { readRegularFile, type RegularRead };

export interface ReadJob {
  rel: string;
  unit: string | null;
  kind: FileKind;
  maxBytes: number;
}

/** Reads and analyses one file; a file too large, not regular or unreadable is reported and still counts as there. */
export function readJob(root: string, job: ReadJob, noFollow = false): SourceResult {
  return resultOfRead(job, readRegularFile(join(root, job.rel), job.maxBytes, noFollow));
}

/** What a job's file holds, from what opening it found. */
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
