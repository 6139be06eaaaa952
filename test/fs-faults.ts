// Test helper: file-system calls for writeFileSafely that record what is opened, or fail as a full disk
// does — the tests run as root, where permissions stop nothing, so failures are injected instead.
import * as fs from 'node:fs';
import type { FileSystem } from '../src/cli/write.js';

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
