// Test helper: file-system calls for writeFileSafely that record what is opened, or fail as a full disk
// does — the tests run as root, where permissions stop nothing, so failures are injected instead.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import type { FileSystem } from '../src/cli/write.js';
import { SPAWN_TIMEOUT_MS } from './helpers.js';

/** Makes a named pipe (FIFO) at `path` and returns the path. */
export function makeFifo(path: string): string {
  const made = spawnSync('mkfifo', [path], { timeout: SPAWN_TIMEOUT_MS });
  if (made.status !== 0) throw new Error(`mkfifo ${path}: ${made.stderr}`);
  return path;
}

/** node:fs, recording every path it opens. */
export function recordingOpens(opened: string[]): FileSystem {
  const openSync = (path: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => (opened.push(String(path)), fs.openSync(path, flags, mode));
  return { ...fs, openSync: openSync as FileSystem['openSync'] };
}

/** node:fs whose `nth` write (counting from 1) fails with ENOSPC. */
export function diskFullAt(nth: number): FileSystem {
  let writes = 0;
  const writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
    if (++writes === nth) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    return (fs.writeSync as (...a: unknown[]) => number)(...args);
  }) as FileSystem['writeSync'];
  return { ...fs, writeSync };
}
