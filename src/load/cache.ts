// A content-hash cache of what reading each file found, in the user's cache folder (never in the
// campaign): an unchanged file is not parsed again. Results are the same with or without it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { schemas } from '../model/schemas.generated.js';
import type { SourceResult } from './source.js';

/** What a cache entry keeps: the result without the file's own path, which is put back on reading. */
type Entry = Omit<SourceResult, 'rel' | 'unit' | 'kind'>;

/** Bump when what the loader reports changes without a schema changing. */
const FORMAT = 'ebz-read-cache-2';
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

/** Only plain JSON survives the cache unchanged: a `.nan` or `.inf` from YAML is never cached. */
function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object') return Object.values(value as object).every(jsonSafe);
  return false;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Map<string, Entry>();
  private changed = false;
  private readonly file: string | null;

  constructor(campaignRoot: string, env: NodeJS.ProcessEnv = process.env) {
    const folder = cacheFolder(env);
    this.file = folder ? join(folder, `${createHash('sha1').update(campaignRoot).digest('hex').slice(0, 16)}.json`) : null;
    if (!this.file) return;
    try {
      const pack = JSON.parse(readFileSync(this.file, 'utf8')) as { fingerprint: string; entries: Record<string, Entry> };
      if (pack.fingerprint === cacheFingerprint()) for (const [key, entry] of Object.entries(pack.entries)) this.entries.set(key, entry);
    } catch {
      // No cache yet, or one that cannot be read: read the files.
    }
  }

  static key(kind: string, bytes: Uint8Array): string {
    return createHash('sha1').update(kind).update('\0').update(bytes).digest('hex');
  }

  get(key: string, rel: string, unit: string | null, kind: SourceResult['kind']): SourceResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.used.set(key, entry);
    return { rel, unit, kind, encoding: entry.encoding, data: entry.data, valid: entry.valid, reports: entry.reports.map((r) => ({ ...r, file: rel, unit })) };
  }

  set(key: string, result: SourceResult) {
    if (!this.file || !jsonSafe(result.data)) return;
    this.used.set(key, { encoding: result.encoding, data: result.data, valid: result.valid, reports: result.reports });
    this.changed = true;
  }

  /** Keeps what this run used, so the cache follows the campaign and does not grow without end. */
  save() {
    if (!this.file || (!this.changed && this.used.size === this.entries.size)) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ fingerprint: cacheFingerprint(), entries: Object.fromEntries(this.used) }));
      renameSync(temporary, this.file);
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was written.
      }
    }
  }
}
