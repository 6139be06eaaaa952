// What a whole `ebz check` found, kept for the next check of an unchanged campaign: in the user's cache
// folder beside the read cache, never in the campaign. Its key is everything the findings depend on —
// the build of ebz, the bytes and names of every file read, what the folder listing found, the as-of
// date, the path and --unit — so a check it answers is the check that would have run. Only a build that
// knows its own identity (`npm run build`, the single-file build) keeps one: run from sources, the code
// may have changed under the same version, and every check runs whole.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Report } from '../model/finding.js';
import { cacheFileOf, cacheFolder, isReport, readHashedFile, writeHashedFile } from './cache.js';

declare const __EBZ_BUILD__: string | undefined;

/** Bump when the key or what an entry holds changes. */
const FORMAT = 'ebz-check-cache-1';
/** Checks kept a campaign: a few as-of dates and paths (today, a unit folder, the whole campaign) stay warm. */
const MAX_ENTRIES = 16;

/** The identity of this build (a hash of its compiled code and package-lock.json), or null when unknown. */
export function buildId(): string | null {
  return typeof __EBZ_BUILD__ === 'string' && __EBZ_BUILD__ !== '' ? __EBZ_BUILD__ : null;
}

/** The key of a check: the hash of every input, each part in a fixed order. */
export function checkKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

const isReportOfCheck = (r: unknown): r is Report =>
  isReport(r) && typeof r.file === 'string' && (r.unit === null || typeof r.unit === 'string');

/** The part of a key a check's file is named by (the whole key is kept inside and compared). */
const NAMED_BY = 32;

export class CheckCache {
  private constructor(
    /** The cache folder's files of this campaign root start with this. */
    private readonly prefix: string,
    private readonly fingerprint: string,
  ) {}

  /** The cache of checks of a campaign root, or null when caching is off or the build is unknown. */
  static open(campaignRoot: string, env: NodeJS.ProcessEnv = process.env, build: string | null = buildId()): CheckCache | null {
    const folder = cacheFolder(env);
    if (folder === null || build === null) return null;
    return new CheckCache(cacheFileOf(folder, campaignRoot, '.check-'), createHash('sha1').update(FORMAT).update('\0').update(build).digest('hex'));
  }

  /** One file a check, so a lookup reads only the check asked for, however many findings the others hold. */
  private fileOf(key: string): string {
    return `${this.prefix}${key.slice(0, NAMED_BY)}.json`;
  }

  /** The reports of the check with this key, as the loader and the rules made them; undefined when not kept. */
  get(key: string): Report[] | undefined {
    const value = readHashedFile(this.fileOf(key), this.fingerprint);
    // The entry is checked for its shape, as the read cache's are: a hash alone proves nothing.
    if (typeof value !== 'object' || value === null) return undefined;
    const { key: kept, reports } = value as { key?: unknown; reports?: unknown };
    return kept === key && Array.isArray(reports) && reports.every(isReportOfCheck) ? reports : undefined;
  }

  /** Keeps a check's reports; only the newest MAX_ENTRIES checks of the campaign are kept. */
  set(key: string, reports: Report[]) {
    if (!reports.every(isReportOfCheck)) return;
    writeHashedFile(this.fileOf(key), this.fingerprint, { key, reports });
    try {
      const folder = dirname(this.prefix);
      const start = basename(this.prefix);
      const kept = readdirSync(folder)
        .filter((name) => name.startsWith(start) && name.endsWith('.json'))
        .map((name) => ({ file: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
      for (const { file } of kept.slice(MAX_ENTRIES)) unlinkSync(file);
    } catch {
      // Another ebz tidied the folder at the same moment, or it cannot be listed: a cache costs speed only.
    }
  }
}
