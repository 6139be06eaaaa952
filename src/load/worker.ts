// A loader thread: reads its share of a campaign's files and hands back plain results (see parallel.ts).
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import { readJob, type ReadJob } from './read-file.js';

interface WorkerInput {
  root: string;
  jobs: ReadJob[];
  port: MessagePort;
  done: SharedArrayBuffer;
}

if (!isMainThread && (workerData as { ebzLoader?: boolean } | null)?.ebzLoader) {
  const { root, jobs, port, done } = workerData as WorkerInput;
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
