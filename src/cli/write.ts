// The one way ebz writes a file: through a temporary file and a rename, never over someone's file.
import { copyFileSync, existsSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { EbzError } from '../model/errors.js';

export interface WriteOptions {
  /** Replace an existing file, keeping the old one (see `backupRoot`). */
  force: boolean;
  /** Create the file's folder when it is missing. */
  makeFolder?: boolean;
  /** The path as the user gave it, for messages. */
  shown?: string;
  /**
   * The campaign root: a replaced file is kept under its `.ebz/backups/<time>/`, never beside the file,
   * where it would be read as part of the campaign. Without it the old file is kept as FILE.bak.
   */
  backupRoot?: string;
  /** The clock, for the backup folder's name. */
  now?: Date;
}

/** Writes atomically; an existing file is refused without `force`, else kept. Returns where the old file went, if anywhere. */
export function writeFileSafely(target: string, content: string, { force, makeFolder = false, shown = target, backupRoot, now }: WriteOptions): string | undefined {
  const folder = dirname(target);
  if (!existsSync(folder)) {
    if (!makeFolder) throw new EbzError('outputFolderMissing', { file: shown });
    mkdirSync(folder, { recursive: true });
  }
  if (existsSync(target) && !force) throw new EbzError('fileExists', { file: shown });
  const temporary = join(folder, `.${basename(target)}.${process.pid}.tmp`);
  let kept: string | undefined;
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    if (existsSync(target)) {
      kept = backupRoot ? backupPath(backupRoot, target, now ?? new Date()) : `${target}.bak`;
      mkdirSync(dirname(kept), { recursive: true });
      copyFileSync(target, kept);
    }
    renameSync(temporary, target);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw new EbzError('outputFailed', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  return kept;
}

/** `.ebz/backups/20220214T020000Z/units/fgw/plan.yaml`, with -2, -3… when that name is taken. */
export function backupPath(root: string, target: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  const inside = relative(root, target).split(sep).join('/');
  const rel = inside.startsWith('..') ? basename(target) : inside;
  for (let n = 1; ; n++) {
    const candidate = join(root, '.ebz', 'backups', n === 1 ? stamp : `${stamp}-${n}`, rel);
    if (!existsSync(candidate)) return candidate;
  }
}
