// The one way ebz writes a file: through a temporary file and a rename, never over someone's file.
import { copyFileSync, existsSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EbzError } from '../model/errors.js';

export interface WriteOptions {
  /** Replace an existing file, keeping it as FILE.bak. */
  force: boolean;
  /** Create the file's folder when it is missing. */
  makeFolder?: boolean;
  /** The path as the user gave it, for messages. */
  shown?: string;
}

/** Writes atomically; an existing file is refused without `force`, else kept as FILE.bak. */
export function writeFileSafely(target: string, content: string, { force, makeFolder = false, shown = target }: WriteOptions): void {
  const folder = dirname(target);
  if (!existsSync(folder)) {
    if (!makeFolder) throw new EbzError('outputFolderMissing', { file: shown });
    mkdirSync(folder, { recursive: true });
  }
  if (existsSync(target) && !force) throw new EbzError('fileExists', { file: shown });
  const temporary = join(folder, `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    if (existsSync(target)) copyFileSync(target, `${target}.bak`);
    renameSync(temporary, target);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw new EbzError('outputFailed', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
