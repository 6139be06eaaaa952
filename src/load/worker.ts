// A loader thread: reads its share of a campaign's files, or parses its share of files already read, and
// hands back plain results (see parallel.ts); or reads a large campaign's files ahead of the thread that
// parses them (see read-ahead.ts).
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import type { AheadJob } from './read-ahead.js';
import type { ReadJob } from './read-file.js';
import type { PackedBytes } from './regular-file.js';

interface WorkerInput {
  root: string;
  jobs: ReadJob[];
  port: MessagePort;
  done: SharedArrayBuffer;
}

interface AheadInput {
  root: string;
  jobs: AheadJob[];
  port: MessagePort;
  counters: Int32Array;
  batch: number;
  ahead: number;
}

interface ParseInput extends PackedBytes {
  jobs: Pick<ReadJob, 'rel' | 'unit' | 'kind'>[];
  port: MessagePort;
  done: SharedArrayBuffer;
}

const input = isMainThread ? null : (workerData as { ebzLoader?: boolean; ebzReadAhead?: boolean; ebzParse?: boolean } | null);
if (input?.ebzReadAhead) {
  // Only the reading of files is loaded: no parser, no schema.
  const { runReadAhead } = await import('./read-ahead.js');
  runReadAhead(input as unknown as AheadInput);
} else if (input?.ebzParse) {
  // Files this thread's parent read: parsed from those very bytes.
  const [{ analyzeSource }, { packedAt }] = await Promise.all([import('./source.js'), import('./regular-file.js')]);
  const { jobs, buffer, ends, port, done } = input as unknown as ParseInput;
  const bytes = new Uint8Array(buffer);
  answer(port, done, () => jobs.map((job, i) => analyzeSource(job.rel, job.unit, job.kind, packedAt(bytes, ends, i))));
} else if (input?.ebzLoader) {
  const { readJob } = await import('./read-file.js');
  const { root, jobs, port, done } = input as unknown as WorkerInput;
  answer(port, done, () => jobs.map((job) => readJob(root, job)));
}

/** Sends the share's results (or why there are none), then counts this worker done. */
function answer(port: MessagePort, done: SharedArrayBuffer, results: () => unknown[]) {
  try {
    port.postMessage({ results: results() });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
  port.close();
  const counter = new Int32Array(done);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}
