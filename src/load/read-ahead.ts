// Reading ahead: in a large campaign a worker thread opens and reads the files, in order, while this
// thread parses those already read. Each file is read exactly as readRegularFile reads it here; the
// worker only moves the system calls off this thread (`npm run bench`, 2 cores, 1,000 units: about 7%
// of a first check). The bytes come back in batches, one transferred buffer each, and the worker
// stays at most MAX_AHEAD batches ahead. Each file is claimed once, from a shared counter, by whichever
// thread gets to it first: while the worker starts, and whenever it falls behind, this thread reads the
// next file itself instead of waiting. Should the worker fail or stall, this thread reads the rest.
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

/** A batch from the worker: the files from `first` on, every one's bytes in one buffer, or why it was not read. */
interface Batch extends PackedBytes {
  first: number;
  refused: (Exclude<RegularRead, { bytes: Uint8Array }> | null)[];
}

/** The shared counters: batches sent, batches taken, and the first file no thread has claimed yet. */
const SENT = 0;
const TAKEN = 1;
const CLAIMED = 2;

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
  /** How many of the files given so far the worker read. */
  fromWorker(): number;
}

/**
 * The reads of `jobs`' files, in order. Read ahead by a worker when that pays (readsAhead, from `from`
 * files) and a built worker is there; else read here as each is asked for. While it waits for the
 * worker, this thread calls `idle` (which does a piece of the caller's work and says whether there was
 * any) instead of sleeping.
 */
export function readAhead(
  root: string,
  jobs: readonly AheadJob[],
  env: NodeJS.ProcessEnv = process.env,
  from = READ_AHEAD_FROM,
  idle: () => boolean = () => false,
): Reads {
  let index = 0;
  const here = () => {
    const job = jobs[index++]!;
    return readRegularFile(join(root, job.rel), job.maxBytes);
  };
  if (!readsAhead(jobs.length, env, availableParallelism(), from) || !existsSync(fileURLToPath(workerEntry()))) return { next: here, ahead: false, fromWorker: () => 0 };

  const counters = new Int32Array(new SharedArrayBuffer(12));
  const channel = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(workerEntry(), {
      workerData: { ebzReadAhead: true, root, jobs: jobs.map(({ rel, maxBytes }) => ({ rel, maxBytes })), port: channel.port2, counters, batch: BATCH, ahead: MAX_AHEAD },
      transferList: [channel.port2],
    });
  } catch {
    return { next: here, ahead: false, fromWorker: () => 0 };
  }
  worker.unref();
  let failed = false;
  let fromWorker = 0;
  let batch: Batch | null = null;
  let bytes = new Uint8Array(0);
  const finish = () => {
    channel.port1.close();
    void worker.terminate();
  };
  const fail = () => {
    failed = true;
    finish();
    return here();
  };
  const take = (): RegularRead => {
    if (failed) return here();
    if (batch !== null && index < batch.first + batch.ends.length) {
      fromWorker++;
      const at = index++ - batch.first;
      return batch.refused[at] ?? { bytes: packedAt(bytes, batch.ends, at) };
    }
    // Not claimed yet (the worker is starting, or behind): read here.
    if (Atomics.compareExchange(counters, CLAIMED, index, index + 1) === index) return here();
    // The worker claimed it: its batch is the next to come.
    const started = Date.now();
    let sent = Atomics.load(counters, SENT);
    let message = receiveMessageOnPort(channel.port1);
    while (!message && Date.now() - started <= WAIT_LIMIT_MS) {
      // Do the caller's work in hand, or else sleep until the worker sends its next batch (or a moment
      // passes); then look again.
      if (!idle()) Atomics.wait(counters, SENT, sent, 100);
      sent = Atomics.load(counters, SENT);
      message = receiveMessageOnPort(channel.port1);
    }
    const received = message?.message as Batch | { error: string } | undefined;
    if (!received || 'error' in received || received.first !== index) return fail();
    batch = received;
    bytes = new Uint8Array(batch.buffer);
    Atomics.add(counters, TAKEN, 1);
    Atomics.notify(counters, TAKEN);
    fromWorker++;
    index++;
    return batch.refused[0] ?? { bytes: packedAt(bytes, batch.ends, 0) };
  };
  const next = (): RegularRead => {
    const read = take();
    if (index === jobs.length && !failed) finish();
    return read;
  };
  return { next, ahead: true, fromWorker: () => fromWorker };
}

/**
 * The worker's side: claims the next files not yet claimed, reads them and sends them as one batch,
 * never more than `ahead` batches before the reader, until every file is claimed.
 */
export function runReadAhead(data: { root: string; jobs: AheadJob[]; port: MessagePort; counters: Int32Array; batch: number; ahead: number }) {
  const { root, jobs, port, counters, batch, ahead } = data;
  try {
    for (;;) {
      // Wait while the reader has `ahead` batches it has not taken.
      while (Atomics.load(counters, SENT) - Atomics.load(counters, TAKEN) >= ahead) Atomics.wait(counters, TAKEN, Atomics.load(counters, TAKEN), 100);
      // Claim up to `batch` files: as many as are left, never past the end (the reader claims one at a time).
      let first = Atomics.load(counters, CLAIMED);
      let end = Math.min(first + batch, jobs.length);
      while (first < jobs.length) {
        const seen = Atomics.compareExchange(counters, CLAIMED, first, end);
        if (seen === first) break;
        first = seen;
        end = Math.min(first + batch, jobs.length);
      }
      if (first >= jobs.length) break;
      const reads = jobs.slice(first, end).map((job) => readRegularFile(join(root, job.rel), job.maxBytes));
      const message: Batch = {
        first,
        ...packBytes(reads.map((read) => ('bytes' in read ? read.bytes : null))),
        refused: reads.map((read) => ('bytes' in read ? null : read)),
      };
      port.postMessage(message, [message.buffer]);
      Atomics.add(counters, SENT, 1);
      Atomics.notify(counters, SENT);
    }
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    Atomics.add(counters, SENT, 1);
    Atomics.notify(counters, SENT);
  }
  port.close();
}
