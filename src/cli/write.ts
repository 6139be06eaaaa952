// The one way ebz writes a file: through a temporary file of its own and a rename; a file it replaces
// is first kept under .ebz/backups/<timestamp>/, never overwritten or deleted.
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, lstatSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { EbzError } from '../model/errors.js';

export interface WriteOptions {
  /** Replace an existing file, keeping a copy of it under `<backupRoot>/.ebz/backups/<timestamp>/`. */
  force: boolean;
  /** Create the file's folder when it is missing. */
  makeFolder?: boolean;
  /** The path as the user gave it, for messages. */
  shown?: string;
  /**
   * The folder whose `.ebz/backups/` keeps a replaced file: the campaign root for a campaign's own
   * files (`ebz new`), the output's folder for a report (the default).
   */
  backupRoot?: string;
  /** The clock, for the backup folder's name. */
  now?: Date;
}

/** `2026-11-29T12-20-15-123Z`: a timestamp that sorts and is a valid file name everywhere. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies `target` to `<backupRoot>/.ebz/backups/<timestamp>/<its path from backupRoot>` and returns the
 * copy's path. The timestamp folder is claimed with an exclusive mkdir, so two runs in the same
 * millisecond get two folders (`…Z`, `…Z-2`), and a copy never lands on an existing file.
 */
export function backupFile(target: string, backupRoot: string = dirname(target), now: Date = new Date()): string {
  const inside = relative(backupRoot, target);
  const rel = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : basename(target);
  const backups = join(backupRoot, '.ebz', 'backups');
  mkdirSync(backups, { recursive: true });
  for (let n = 1; ; n++) {
    const folder = join(backups, n === 1 ? stamp(now) : `${stamp(now)}-${n}`);
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && n < 1000) continue;
      throw error;
    }
    const copy = join(folder, rel);
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(target, copy, constants.COPYFILE_EXCL);
    return copy;
  }
}

/** A temporary file name beside `target` that no other process picks: pid and random bytes. */
export function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes atomically. An existing file (or a link, even a dangling one) is refused without `force`;
 * with it, the old file is first kept by `backupFile`. Only the temporary file this call created is
 * ever removed.
 */
export function writeFileSafely(target: string, content: string | Uint8Array, options: WriteOptions): string | undefined {
  const { force, makeFolder = false, shown = target, backupRoot, now = new Date() } = options;
  const folder = dirname(target);
  if (!existsSync(folder)) {
    if (!makeFolder) throw new EbzError('outputFolderMissing', { file: shown });
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new EbzError('outputFailed', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }
  const present = exists(target);
  if (present && !force) throw new EbzError('fileExists', { file: shown });
  const temporary = temporaryName(target);
  let made = false;
  let backup: string | undefined;
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    made = true;
    if (present && existsSync(target)) backup = backupFile(target, backupRoot ?? folder, now);
    renameSync(temporary, target);
    made = false;
  } catch (error) {
    if (made) {
      try {
        unlinkSync(temporary);
      } catch {
        // Already gone.
      }
    }
    throw new EbzError('outputFailed', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return backup;
}
