// Reads many files on every core, synchronously for the caller: this thread and worker threads, a shared
// counter, and receiveMessageOnPort. Small campaigns are read in this thread, large ones with a thread
// reading ahead (read-ahead.ts) and, on four cores or more, parsed on several; results are the same
// either way.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { cacheFolder, ReadCache } from './cache.js';
import { readJob, readRegularFile, resultOfRead, type ReadJob, type RegularRead } from './read-file.js';
import { threadSetting } from './threads.js';
import { readAhead, workerEntry } from './read-ahead.js';
import { packBytes } from './regular-file.js';
import { analyzeSource, fastSource, type SourceResult } from './source.js';

/**
 * Below this many files, starting threads costs more than it saves; with fewer than four cores they
 * never pay (`npm run bench` on two cores: no gain at 1,000 units, 18,001 files, even with this thread
 * reading a share, and a third slower at 100). On two cores a second JavaScript thread takes the core
 * V8's own background work (garbage collection) would use: each thread reads at about half speed.
 * A worker's results are also copied back.
 */
const PARALLEL_FROM = 4000;
const PARALLEL_CORES = 4;
const WAIT_LIMIT_MS = 10 * 60 * 1000;

/** How many threads read the files (this one among them; fewer than 2: this one alone). */
export function threadCount(jobs: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const { threads } = threadSetting(env);
  if (threads !== null) return threads;
  return jobs >= PARALLEL_FROM && cores >= PARALLEL_CORES ? Math.min(cores, 8) : 0;
}

/**
 * Bytes of the first read kept for parsing. Beyond them a file is read again when it is parsed: a
 * campaign of 5,000 units would otherwise hold all its files at once.
 */
const KEEP_BYTES = 64 * 1024 * 1024;

/** What readAll asks before it parses, and tells when a file changed as it was read (LoadOptions.probe). */
export interface KeysProbe {
  answers(keys: string[]): boolean;
  changed(): void;
}

/**
 * Reads every job's file: on the fast path when it can read it; else from the cache when its bytes are
 * unchanged, else parsed on the exact path — on every core when there are many. The cache holds only
 * what the exact path found: the fast path reads a file faster than the cache can give it back. With
 * `probe`, asked once every file is read and before any is parsed (with the key of each file's bytes,
 * or why it was not read): when it answers true, nothing is parsed and the result is null. A file read
 * again to be parsed that is no longer what its key says is parsed as it is now, and the probe is told.
 */
export function readAll(
  root: string,
  jobs: ReadJob[],
  env: NodeJS.ProcessEnv = process.env,
  complete = true,
  probe?: KeysProbe,
  keepBytes = KEEP_BYTES,
): SourceResult[] | null {
  if (cacheFolder(env) === null) return parse(root, jobs, env);
  const reads: (RegularRead | null)[] = [];
  const keys: string[] = [];
  let kept = 0;
  // While it waits for the files being read ahead, this thread reads those it has on the fast path: a
  // check the probe answers drops what it found, and a check it does not answer needs it.
  const early: (SourceResult | null)[] = [];
  const idle = () => {
    if (early.length === reads.length) return false;
    const read = reads[early.length];
    const job = jobs[early.length]!;
    early.push(read && 'bytes' in read ? (fastSource(job.rel, job.unit, job.kind, read.bytes) ?? null) : null);
    return true;
  };
  const files = readAhead(root, jobs, env, undefined, idle);
  for (const job of jobs) {
    const read = files.next();
    keys.push(keyOf(job, read));
    reads.push(!('bytes' in read) || (kept += read.bytes.length) <= keepBytes ? read : null);
  }
  if (probe?.answers(keys)) return null;
  const cache = new ReadCache(root, env);
  const results: (SourceResult | undefined)[] = [];
  const misses: { index: number; key: string; bytes: Uint8Array }[] = [];
  jobs.forEach((job, index) => {
    const first = reads[index] ?? null;
    let read = first;
    // The bytes are let go as soon as they are not needed.
    reads[index] = null;
    let key = keys[index]!;
    if (read === null) {
      read = readRegularFile(join(root, job.rel), job.maxBytes);
      const now = keyOf(job, read);
      if (now !== key) probe?.changed();
      key = now;
    }
    if (!('bytes' in read)) {
      results[index] = resultOfRead(job, read);
      return;
    }
    // What the fast path found in the very bytes of the first read, or finds now.
    const fast = first !== null && index < early.length ? early[index] : fastSource(job.rel, job.unit, job.kind, read.bytes);
    results[index] = fast ?? cache.get(key, job.rel, job.unit, job.kind);
    if (!results[index]) misses.push({ index, key, bytes: read.bytes });
  });
  // The bytes already read are parsed, never read again: each result is cached under the key of the
  // very bytes it was parsed from.
  const parsed = parseRead(
    misses.map((m) => ({ job: jobs[m.index]!, bytes: m.bytes })),
    env,
  );
  misses.forEach(({ index, key }, i) => {
    results[index] = parsed[i]!;
    cache.set(key, parsed[i]!);
  });
  cache.save(complete);
  return results as SourceResult[];
}

/** The read cache's key of a file: its kind and bytes, or why it was not read. */
function keyOf(job: ReadJob, read: RegularRead): string {
  return 'bytes' in read ? ReadCache.key(job.kind, read.bytes) : `refused ${JSON.stringify(read)}`;
}

/**
 * Parses files already read: in this thread, or on every core when there are many, each worker given
 * its share's bytes in one transferred buffer. A worker that fails leaves its share to this thread.
 */
function parseRead(items: { job: ReadJob; bytes: Uint8Array }[], env: NodeJS.ProcessEnv): SourceResult[] {
  const here = ({ job, bytes }: { job: ReadJob; bytes: Uint8Array }) => analyzeSource(job.rel, job.unit, job.kind, bytes);
  const readers = threadCount(items.length, env);
  if (readers < 2 || !existsSync(fileURLToPath(workerEntry()))) return items.map(here);
  const shares = Array.from({ length: readers }, (_, t) => items.filter((_, i) => i % readers === t));
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const channels = shares.slice(1).map((share) => {
    const channel = new MessageChannel();
    const { buffer, ends } = packBytes(share.map((item) => item.bytes));
    const jobs = share.map(({ job }) => ({ rel: job.rel, unit: job.unit, kind: job.kind }));
    const worker = new Worker(workerEntry(), {
      workerData: { ebzParse: true, jobs, buffer, ends, port: channel.port2, done: counter.buffer },
      transferList: [channel.port2, buffer],
    });
    worker.unref();
    return channel;
  });
  const results = new Map<ReadJob, SourceResult>();
  for (const item of shares[0]!) results.set(item.job, here(item));
  const started = Date.now();
  while (Atomics.load(counter, 0) < channels.length && Date.now() - started <= WAIT_LIMIT_MS) {
    Atomics.wait(counter, 0, Atomics.load(counter, 0), 1000);
  }
  channels.forEach((channel, i) => {
    const message = receiveMessageOnPort(channel.port1)?.message as { results?: SourceResult[] } | undefined;
    channel.port1.close();
    const share = shares[i + 1]!;
    share.forEach((item, j) => results.set(item.job, message?.results?.[j] ?? here(item)));
  });
  return items.map((item) => results.get(item.job)!);
}

function parse(root: string, jobs: ReadJob[], env: NodeJS.ProcessEnv): SourceResult[] {
  const readers = threadCount(jobs.length, env);
  // Running from TypeScript sources (the tests) there is no built worker to start: read here.
  if (readers < 2 || !existsSync(fileURLToPath(workerEntry()))) {
    const files = readAhead(root, jobs, env);
    return jobs.map((job) => resultOfRead(job, files.next()));
  }
  // Interleaved shares, so each reader gets units of every size. This thread reads the first share while
  // the workers read the others: every reader is busy, none waits for the rest.
  const shares = Array.from({ length: readers }, (_, t) => jobs.filter((_, i) => i % readers === t));
  const workers = readers - 1;
  const done = new SharedArrayBuffer(4);
  const counter = new Int32Array(done);
  const channels: MessageChannel[] = [];
  for (const share of shares.slice(1)) {
    const channel = new MessageChannel();
    channels.push(channel);
    const worker = new Worker(workerEntry(), {
      workerData: { ebzLoader: true, root, jobs: share, port: channel.port2, done },
      transferList: [channel.port2],
    });
    worker.unref();
  }
  const byRel = new Map<string, SourceResult>();
  for (const job of shares[0]!) byRel.set(job.rel, readJob(root, job));
  const started = Date.now();
  while (Atomics.load(counter, 0) < workers) {
    if (Date.now() - started > WAIT_LIMIT_MS) return jobs.map((job) => readJob(root, job));
    Atomics.wait(counter, 0, Atomics.load(counter, 0), 1000);
  }
  for (const channel of channels) {
    const message = receiveMessageOnPort(channel.port1)?.message as { results?: SourceResult[]; error?: string } | undefined;
    channel.port1.close();
    if (!message?.results) return jobs.map((job) => readJob(root, job));
    for (const result of message.results) byRel.set(result.rel, result);
  }
  return jobs.map((job) => byRel.get(job.rel)!);
}
