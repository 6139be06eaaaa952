// A loader thread: reads its share of a campaign's files and hands back plain results (see parallel.ts),
// or reads a large campaign's files ahead of the thread that parses them (see read-ahead.ts).
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import type { AheadJob } from './read-ahead.js';
import type { ReadJob } from './read-file.js';

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

const input = isMainThread ? null : (workerData as { ebzLoader?: boolean; ebzReadAhead?: boolean } | null);
if (input?.ebzReadAhead) {
  // Only the reading of files is loaded: no parser, no schema.
  const { runReadAhead } = await import('./read-ahead.js');
  runReadAhead(input as unknown as AheadInput);
} else if (input?.ebzLoader) {
  const { readJob } = await import('./read-file.js');
  const { root, jobs, port, done } = input as unknown as WorkerInput;
  try {
    port.postMessage({ results: jobs.map((job) => readJob(root, job)) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
  port.close();
  const counter = new Int32Array(done);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}
