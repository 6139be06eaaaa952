// Reading ahead: in a large campaign a worker thread opens and reads the files, in order, while this
// thread parses those already read. Each file is read exactly as readRegularFile reads it here; the
// worker only moves the system calls off this thread (`npm run bench`, 2 cores, 1,000 units: about 7%
// of a first check). The bytes come back in batches, one transferred buffer each, and the worker
// stays at most MAX_AHEAD batches ahead. Should the worker fail or stall, this thread reads the rest.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { packBytes, packedAt, readRegularFile, type PackedBytes, type RegularRead } from './regular-file.js';
import { threadSetting } from './threads.js';

/** Below this many files the worker's start costs about what it saves. */
const READ_AHEAD_FROM = 2000;
const BATCH = 32;
const MAX_AHEAD = 64;
const WAIT_LIMIT_MS = 60 * 1000;

export interface AheadJob {
  rel: string;
  maxBytes: number;
}

/** A batch from the worker: every file's bytes in one buffer, or why it was not read. */
interface Batch extends PackedBytes {
  refused: (Exclude<RegularRead, { bytes: Uint8Array }> | null)[];
}

declare const __EBZ_BUNDLE__: boolean | undefined;

/** The worker's module: this very file in the single-file build (its launcher dispatches), else worker.js. */
export function workerEntry(): URL {
  return typeof __EBZ_BUNDLE__ === 'boolean' && __EBZ_BUNDLE__ ? new URL(import.meta.url) : new URL('./worker.js', import.meta.url);
}

/** Whether a read-ahead thread pays: many files (`from` or more), a second core, and EBZ_THREADS not 1. */
export function readsAhead(files: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), from = READ_AHEAD_FROM): boolean {
  return files >= from && cores >= 2 && threadSetting(env, cores).threads !== 1;
}

/** The reads of a list of files, in order. */
export interface Reads {
  /** The next file's read. */
  next(): RegularRead;
  /** True when a worker reads ahead (else each file is read here when asked for). */
  ahead: boolean;
}

/**
 * The reads of `jobs`' files, in order. Read ahead by a worker when that pays (readsAhead, from `from`
 * files) and a built worker is there; else read here as each is asked for.
 */
export function readAhead(root: string, jobs: readonly AheadJob[], env: NodeJS.ProcessEnv = process.env, from = READ_AHEAD_FROM): Reads {
  let index = 0;
  const here = () => {
    const job = jobs[index++]!;
    return readRegularFile(join(root, job.rel), job.maxBytes);
  };
  if (!readsAhead(jobs.length, env, availableParallelism(), from) || !existsSync(fileURLToPath(workerEntry()))) return { next: here, ahead: false };

  // [0]: batches sent, [1]: batches taken.
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const channel = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(workerEntry(), {
      workerData: { ebzReadAhead: true, root, jobs: jobs.map(({ rel, maxBytes }) => ({ rel, maxBytes })), port: channel.port2, counters, batch: BATCH, ahead: MAX_AHEAD },
      transferList: [channel.port2],
    });
  } catch {
    return { next: here, ahead: false };
  }
  worker.unref();
  let failed = false;
  let batch: Batch | null = null;
  let bytes = new Uint8Array(0);
  let inBatch = 0;
  const finish = () => {
    channel.port1.close();
    void worker.terminate();
  };
  const next = (): RegularRead => {
    if (failed) return here();
    if (batch === null || inBatch === batch.ends.length) {
      const started = Date.now();
      let sent = Atomics.load(counters, 0);
      let message = receiveMessageOnPort(channel.port1);
      while (!message && Date.now() - started <= WAIT_LIMIT_MS) {
        // Sleep until the worker sends its next batch (or a moment passes), then look again.
        Atomics.wait(counters, 0, sent, 100);
        sent = Atomics.load(counters, 0);
        message = receiveMessageOnPort(channel.port1);
      }
      const received = message?.message as Batch | { error: string } | undefined;
      if (!received || 'error' in received) {
        failed = true;
        finish();
        return here();
      }
      batch = received;
      bytes = new Uint8Array(batch.buffer);
      inBatch = 0;
      Atomics.add(counters, 1, 1);
      Atomics.notify(counters, 1);
    }
    const at = inBatch++;
    index++;
    if (index === jobs.length) finish();
    const refused = batch.refused[at];
    if (refused) return refused;
    return { bytes: packedAt(bytes, batch.ends, at) };
  };
  return { next, ahead: true };
}

/** The worker's side: reads every job's file in order and sends them in batches, never too far ahead. */
export function runReadAhead(data: { root: string; jobs: AheadJob[]; port: MessagePort; counters: Int32Array; batch: number; ahead: number }) {
  const { root, jobs, port, counters, batch, ahead } = data;
  try {
    for (let start = 0; start < jobs.length; start += batch) {
      // Wait while the reader has MAX_AHEAD batches it has not taken.
      while (Atomics.load(counters, 0) - Atomics.load(counters, 1) >= ahead) Atomics.wait(counters, 1, Atomics.load(counters, 1), 100);
      const reads = jobs.slice(start, start + batch).map((job) => readRegularFile(join(root, job.rel), job.maxBytes));
      const message: Batch = { ...packBytes(reads.map((read) => ('bytes' in read ? read.bytes : null))), refused: reads.map((read) => ('bytes' in read ? null : read)) };
      port.postMessage(message, [message.buffer]);
      Atomics.add(counters, 0, 1);
      Atomics.notify(counters, 0);
    }
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    Atomics.add(counters, 0, 1);
    Atomics.notify(counters, 0);
  }
  port.close();
}
