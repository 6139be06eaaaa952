// The one way ebz writes a file: through a temporary file of its own and a rename; a file it replaces
// is first kept under .ebz/backups/<timestamp>/, never overwritten or deleted. Only regular files are
// ever opened to be kept, and whatever a failed write made (temporary file, backup, folders) is removed.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { EbzError } from '../model/errors.js';
import { batched, type Chunks } from '../render/json.js';

/** What is written: text, bytes, or text in pieces (a large JSON report, render/json.ts). */
export type Content = string | Uint8Array | Chunks;

/** The file-system calls a write makes: node:fs, or (in a test) one whose write fails as a full disk does. */
export type FileSystem = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'closeSync' | 'fstatSync' | 'lstatSync' | 'statSync' | 'readFileSync' | 'renameSync' | 'unlinkSync' | 'rmdirSync' | 'mkdirSync'
>;

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
  /** The file-system calls; node:fs unless a test injects a failure. */
  fs?: FileSystem;
}

/** The longest file name (in bytes) the common file systems take: ext4, XFS, Btrfs, APFS, NTFS. */
export const NAME_MAX_BYTES = 255;

/** `2026-11-29T12-20-15-123Z`: a timestamp that sorts and is a valid file name everywhere. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** What one write made, in order: removed (newest first) when the write fails. */
class Made {
  private readonly files: string[] = [];
  private readonly folders: string[] = [];
  constructor(private readonly fs: FileSystem) {}
  file(path: string): void {
    this.files.push(path);
  }
  /** Creates `path` and any missing parents, remembering each folder it created. */
  folder(path: string): void {
    const first = this.fs.mkdirSync(path, { recursive: true });
    if (first === undefined) return;
    const created: string[] = [];
    for (let p = path; ; p = dirname(p)) {
      created.push(p);
      // Only folders from `path` up to the first one made are ours; anything above was there before.
      if (p === first) return void this.folders.push(...created);
      if (dirname(p) === p) return;
    }
  }
  /** Claims a new folder: false when it exists already. */
  claim(path: string): boolean {
    try {
      this.fs.mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    this.folders.unshift(path);
    return true;
  }
  undo(): void {
    for (const file of this.files.splice(0).reverse()) ignore(() => this.fs.unlinkSync(file));
    // Deepest first; a folder something else has written into since is not empty and stays.
    for (const folder of this.folders.splice(0).sort((a, b) => b.length - a.length)) ignore(() => this.fs.rmdirSync(folder));
  }
}

function ignore(action: () => void): void {
  try {
    action();
  } catch {
    // Already gone, or no longer ours to remove.
  }
}

/** Writes `content` to a new file (never an existing one), recording it as made as soon as it exists. */
function writeNew(path: string, content: Content, fs: FileSystem, made: Made): void {
  const fd = fs.openSync(path, 'wx');
  made.file(path);
  try {
    const pieces = typeof content === 'string' || content instanceof Uint8Array ? [content] : batched(content.chunks);
    for (const piece of pieces) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The bytes of a regular file, opened so that a pipe swapped in at the last moment can never block. */
function readRegular(path: string, fs: FileSystem, shown: string): Buffer {
  const fd = fs.openSync(path, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NONBLOCK);
  try {
    if (!fs.fstatSync(fd).isFile()) throw new EbzError('outputNotRegular', { file: shown });
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function keepCopy(target: string, backupRoot: string, now: Date, fs: FileSystem, made: Made): string {
  const inside = relative(backupRoot, target);
  const rel = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : basename(target);
  const backups = join(backupRoot, '.ebz', 'backups');
  made.folder(backups);
  for (let n = 1; n <= 1000; n++) {
    const folder = join(backups, n === 1 ? stamp(now) : `${stamp(now)}-${n}`);
    if (!made.claim(folder)) continue;
    const copy = join(folder, rel);
    made.folder(dirname(copy));
    writeNew(copy, readRegular(target, fs, target), fs, made);
    return copy;
  }
  throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
}

/**
 * Copies `target` to `<backupRoot>/.ebz/backups/<timestamp>/<its path from backupRoot>` and returns the
 * copy's path. The timestamp folder is claimed with an exclusive mkdir, so two runs in the same
 * millisecond get two folders (`…Z`, `…Z-2`), and a copy never lands on an existing file. A copy that
 * fails leaves nothing behind.
 */
export function backupFile(target: string, backupRoot: string = dirname(target), now: Date = new Date(), fs: FileSystem = nodeFs): string {
  const made = new Made(fs);
  try {
    return keepCopy(target, backupRoot, now, fs, made);
  } catch (error) {
    made.undo();
    throw error;
  }
}

/** `name` cut (whole characters) to at most `bytes` bytes of UTF-8. */
function cutToBytes(name: string, bytes: number): string {
  let used = 0;
  let kept = '';
  for (const char of name) {
    used += Buffer.byteLength(char);
    if (used > bytes) break;
    kept += char;
  }
  return kept;
}

/**
 * A temporary file name beside `target` that no other process picks (pid and random bytes), never longer
 * than NAME_MAX_BYTES: a long target name is cut, whole characters, to leave room for the suffix.
 */
export function temporaryName(target: string): string {
  const suffix = `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const stem = cutToBytes(basename(target), NAME_MAX_BYTES - 1 - Buffer.byteLength(suffix));
  return join(dirname(target), `.${stem}${suffix}`);
}

function statOf(path: string, fs: FileSystem, follow: boolean): nodeFs.Stats | undefined {
  try {
    return follow ? fs.statSync(path) : fs.lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Refuses a path that holds anything but a regular file (or a link to one); nothing is opened. */
export function assertReplaceable(target: string, shown: string = target, fs: FileSystem = nodeFs): void {
  const followed = statOf(target, fs, false) && statOf(target, fs, true);
  if (followed && !followed.isFile()) throw new EbzError('outputNotRegular', { file: shown });
}

function failure(error: unknown, shown: string): Error {
  if (error instanceof EbzError) return error;
  return new EbzError('outputFailed', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
}

/**
 * Writes atomically. An existing file (or a link, even a dangling one) is refused without `force`;
 * with it, the old file is first kept by `backupFile`. Anything but a regular file (a pipe, a device, a
 * folder, or a link to one) is refused before anything is opened or made. When the write fails, all it
 * made is removed and the old file is as it was.
 */
export function writeFileSafely(target: string, content: Content, options: WriteOptions): string | undefined {
  const { force, makeFolder = false, shown = target, backupRoot, now = new Date(), fs = nodeFs } = options;
  const folder = dirname(target);
  const present = statOf(target, fs, false);
  assertReplaceable(target, shown, fs);
  const followed = present && statOf(target, fs, true);
  if (present && !force) throw new EbzError('fileExists', { file: shown });
  const made = new Made(fs);
  if (!statOf(folder, fs, true)) {
    if (!makeFolder) throw new EbzError('outputFolderMissing', { file: shown });
    try {
      made.folder(folder);
    } catch (error) {
      made.undo();
      throw failure(error, shown);
    }
  }
  try {
    const temporary = temporaryName(target);
    writeNew(temporary, content, fs, made);
    const backup = followed ? keepCopy(target, backupRoot ?? folder, now, fs, made) : undefined;
    fs.renameSync(temporary, target);
    return backup;
  } catch (error) {
    made.undo();
    throw failure(error, shown);
  }
}
