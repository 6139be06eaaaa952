// What a whole `ebz check` found, kept for the next check of an unchanged campaign: in the user's cache
// folder beside the read cache, never in the campaign. Its key is everything the findings depend on —
// the build of ebz, the bytes and names of every file read, what the folder listing found, the as-of
// date, the path and --unit — so a check it answers is the check that would have run. Only a build that
// knows its own identity (`npm run build`, the single-file build) keeps one: run from sources, the code
// may have changed under the same version, and every check runs whole.
import { createHash } from 'node:crypto';
import type { Report } from '../model/finding.js';
import { cacheFileOf, cacheFolder, isReport, readHashedFile, writeHashedFile } from './cache.js';

declare const __EBZ_BUILD__: string | undefined;

/** Bump when the key or what an entry holds changes. */
const FORMAT = 'ebz-check-cache-1';
/** Checks kept: a few as-of dates and paths (today, a unit folder, the whole campaign) stay warm. */
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

export class CheckCache {
  private entries: [string, Report[]][] | undefined;

  private constructor(
    private readonly file: string,
    private readonly fingerprint: string,
  ) {}

  /** The cache of checks of a campaign root, or null when caching is off or the build is unknown. */
  static open(campaignRoot: string, env: NodeJS.ProcessEnv = process.env, build: string | null = buildId()): CheckCache | null {
    const folder = cacheFolder(env);
    if (folder === null || build === null) return null;
    return new CheckCache(cacheFileOf(folder, campaignRoot, '.check.json'), createHash('sha1').update(FORMAT).update('\0').update(build).digest('hex'));
  }

  private load(): [string, Report[]][] {
    if (this.entries) return this.entries;
    const value = readHashedFile(this.file, this.fingerprint);
    // Every entry is checked for its shape, as the read cache's are: a hash alone proves nothing.
    this.entries = Array.isArray(value)
      ? value.filter(
          (entry): entry is [string, Report[]] =>
            Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && Array.isArray(entry[1]) && entry[1].every(isReportOfCheck),
        )
      : [];
    return this.entries;
  }

  /** The reports of the check with this key, as the loader and the rules made them; undefined when not kept. */
  get(key: string): Report[] | undefined {
    return this.load().find(([k]) => k === key)?.[1];
  }

  /** Keeps a check's reports, the newest last; the oldest go beyond MAX_ENTRIES. */
  set(key: string, reports: Report[]) {
    if (!reports.every(isReportOfCheck)) return;
    const entries = this.load().filter(([k]) => k !== key);
    entries.push([key, reports]);
    this.entries = entries.slice(-MAX_ENTRIES);
    writeHashedFile(this.file, this.fingerprint, this.entries);
  }
}
