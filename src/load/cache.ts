// A content-hash cache of what reading a file on the exact path found, in the user's cache folder (never
// in the campaign: a folder inside it is refused): an unchanged file that the fast path cannot read (one
// with a finding, or YAML only the exact parser reads) is not parsed again. The fast path is not cached:
// it reads a file faster than the cache could give it back. Results are the same with or without it. The
// cache file is a header line (format, schemas, and the hash of the entries' text) and the entries: the
// entries are used only when their text still has that hash, and each only when its shape is right.
// A cache that fails either is ignored (and rewritten); one that cannot be read or written never stops
// a command.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { schemas } from '../model/schemas.generated.js';
import { readRegularFile } from './regular-file.js';
import type { Report } from '../model/finding.js';
import type { SourceResult } from './source.js';

/**
 * What a cache entry keeps: the result without the file's own path, which is put back on reading, and
 * the path it was last read at (`file`), so a run that reads part of the campaign keeps the rest.
 */
type Entry = Omit<SourceResult, 'rel' | 'unit' | 'kind'> & { file: string };

/** Bump when what the loader reports changes without a schema changing. */
const FORMAT = 'ebz-read-cache-5';
/** A cache file larger than this is not read (it is rebuilt as it is used). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
let fingerprint: string | undefined;

function cacheFingerprint(): string {
  fingerprint ??= createHash('sha1').update(FORMAT).update(JSON.stringify(schemas)).digest('hex');
  return fingerprint;
}

export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.EBZ_CACHE === 'off' || env.EBZ_CACHE === '0') return null;
  if (env.EBZ_CACHE_DIR) return env.EBZ_CACHE_DIR;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'ebz', 'cache');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ebz');
}

/** An entry's data may take at most this many times its file's bytes as JSON: aliases can multiply a file. */
export const MAX_GROWTH = 8;

/**
 * Whether `value` survives the cache unchanged (plain JSON: a `.nan` or `.inf` from YAML never does) and
 * its JSON stays within about `limit` characters. One walk without recursion, stopped as soon as the
 * limit is passed: a value that aliases make huge is never written out, not even to be measured.
 */
export function cacheable(value: unknown, limit: number): boolean {
  const stack: unknown[] = [value];
  let size = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    size += 2;
    if (typeof node === 'number') {
      if (!Number.isFinite(node) || Object.is(node, -0)) return false;
      size += 8;
    } else if (typeof node === 'string') {
      size += node.length;
    } else if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        size += key.length + 3;
        stack.push(item);
      }
    } else if (node !== null && typeof node !== 'boolean') {
      return false;
    }
    if (size > limit) return false;
  }
  return true;
}

/** The real path of `path`, or of its nearest existing folder followed by the rest (a cache folder not made yet). */
function realOrNearest(path: string): string {
  let existing = resolve(path);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), relative(existing, resolve(path)));
  } catch {
    return resolve(path);
  }
}

/** Whether `folder` is the campaign root or lies inside it (links followed), where no cache may be written. */
export function insideCampaign(folder: string, campaignRoot: string): boolean {
  const root = realOrNearest(campaignRoot);
  const real = realOrNearest(folder);
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The hash of the entries' text (its UTF-8 bytes), checked on every read: a cache edited by hand is not used. */
function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The value a cache file holds: its header line must carry `fingerprint` and the hash of the text after
 * it. Undefined when there is no such file, or it fails either check; never an exception.
 */
function readHashedFile(file: string, fingerprint: string): unknown {
  try {
    const read = readRegularFile(file, MAX_CACHE_BYTES);
    if (!('bytes' in read)) return undefined;
    // Hashed as bytes and decoded once: a cache of thousands of units is not copied more than it must be.
    const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return undefined;
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as unknown;
    const body = bytes.subarray(newline + 1);
    if (!isRecord(header) || header.fingerprint !== fingerprint || header.hash !== hashOf(body)) return undefined;
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    // No cache yet, or one that cannot be read: the caller reads the files.
    return undefined;
  }
}

/**
 * Writes a cache file whole (a temporary file, then renamed over the old one), header line first. A cache
 * that cannot be written costs speed only: nothing is thrown, and only this run's own temporary file is
 * ever removed.
 */
function writeHashedFile(file: string, fingerprint: string, value: unknown) {
  const temporary = `${file}.${process.pid}.${createHash('sha1').update(String(Math.random())).digest('hex').slice(0, 8)}.tmp`;
  let made = false;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    // The header and the body written one after the other: a cache of thousands of units is not copied
    // into one more string of its whole length.
    const fd = openSync(temporary, 'wx');
    made = true;
    try {
      writeSync(fd, `${JSON.stringify({ fingerprint, hash: hashOf(body) })}\n`);
      writeSync(fd, body);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch {
    if (made) {
      try {
        unlinkSync(temporary);
      } catch {
        // Already gone.
      }
    }
  }
}

/** The cache file of a campaign root in the cache folder: `<hash of the root>` and the suffix. */
function cacheFileOf(folder: string, campaignRoot: string, suffix: string): string {
  return join(folder, `${createHash('sha1').update(campaignRoot).digest('hex').slice(0, 16)}${suffix}`);
}

const ENCODINGS = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', null]);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPosition = (value: unknown) => value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1);

/** A report of the shape the loader and the rules make, its data plain text and finite numbers. */
function isReport(r: unknown): r is Report {
  return (
    isRecord(r) &&
    typeof r.rule === 'string' &&
    typeof r.messageId === 'string' &&
    isRecord(r.data) &&
    Object.values(r.data).every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) &&
    (r.unit === undefined || r.unit === null || typeof r.unit === 'string') &&
    (r.file === undefined || typeof r.file === 'string') &&
    isPosition(r.line) &&
    isPosition(r.column)
  );
}

/** An entry of the shape the loader writes: anything else (hand-edited, another version) is not used. */
function isEntry(value: unknown): value is Entry {
  if (!isRecord(value) || typeof value.file !== 'string' || typeof value.valid !== 'boolean' || !ENCODINGS.has(value.encoding as string | null) || !Array.isArray(value.reports)) return false;
  return value.reports.every(isReport);
}

/** The read cache of a campaign, or why there is none: caching is off, or its folder lies inside the campaign. */
export type OpenedCache = { cache: ReadCache } | { cache: null; refused: string | null };

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Map<string, Entry>();
  private changed = false;

  /** The cache of a campaign root: none when caching is off, and none (refused) in a folder inside the campaign. */
  static open(campaignRoot: string, env: NodeJS.ProcessEnv = process.env): OpenedCache {
    const folder = cacheFolder(env);
    if (folder === null) return { cache: null, refused: null };
    if (insideCampaign(folder, campaignRoot)) return { cache: null, refused: folder };
    return { cache: new ReadCache(cacheFileOf(folder, campaignRoot, '.json')) };
  }

  private constructor(private readonly file: string) {
    const entries = readHashedFile(this.file, cacheFingerprint());
    if (!isRecord(entries)) return;
    for (const [key, entry] of Object.entries(entries)) {
      // An entry is used only when its shape is right: a cache written by another hand, hash and all, is still checked.
      if (isEntry(entry) && cacheable(entry.data, MAX_CACHE_BYTES)) this.entries.set(key, entry);
    }
  }

  static key(kind: string, bytes: Uint8Array): string {
    return createHash('sha1').update(kind).update('\0').update(bytes).digest('hex');
  }

  get(key: string, rel: string, unit: string | null, kind: SourceResult['kind']): SourceResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.used.set(key, entry.file === rel ? entry : { ...entry, file: rel });
    if (entry.file !== rel) this.changed = true;
    return { rel, unit, kind, encoding: entry.encoding, data: entry.data, valid: entry.valid, reports: entry.reports.map((r) => ({ ...r, file: rel, unit })) };
  }

  /** Keeps what the exact path found in a file of `sourceBytes` bytes, unless its data is not plain JSON or far larger than the file. */
  set(key: string, result: SourceResult, sourceBytes: number) {
    if (!cacheable(result.data, MAX_GROWTH * Math.max(sourceBytes, 1024))) return;
    this.used.set(key, { encoding: result.encoding, data: result.data, valid: result.valid, reports: result.reports, file: result.rel });
    this.changed = true;
  }

  /**
   * Keeps what this run read, and, after a run that read only part of the campaign (`complete` false:
   * one unit, one file), what it kept of the files this run did not read. One entry a file: the cache
   * follows the campaign and does not grow without end, and checking one unit keeps the others warm.
   */
  save(complete: boolean) {
    if (!complete) {
      const read = new Set([...this.used.values()].map((entry) => entry.file));
      for (const [key, entry] of this.entries) {
        if (!this.used.has(key) && !read.has(entry.file)) this.used.set(key, entry);
      }
    }
    if (!this.changed && this.used.size === this.entries.size) return;
    writeHashedFile(this.file, cacheFingerprint(), Object.fromEntries(this.used));
  }
}
