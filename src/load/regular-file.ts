// Opening and reading one file: only regular files are read, opened without blocking, so a FIFO,
// socket, device or folder under a file's name is a finding, never a wait.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** What opening a file found: its bytes, or why they were not read (a message id and its data). */
export type RegularRead = { bytes: Uint8Array } | { refused: 'tooLarge' | 'notRegular' | 'unreadable' | 'link'; data: Record<string, string | number> };

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'other';
}

/**
 * Reads a regular file of at most `maxBytes`: opened with O_NONBLOCK (a FIFO opens at once and is then
 * refused) and checked with fstat on the very descriptor that is read. With `noFollow` a symbolic
 * link at `full` itself is refused.
 */
export function readRegularFile(full: string, maxBytes: number, noFollow = false): RegularRead {
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (noFollow && code === 'ELOOP') return { refused: 'link', data: {} };
    if (code === 'EISDIR') return { refused: 'notRegular', data: { type: 'folder' } };
    return { refused: 'unreadable', data: {} };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { refused: 'notRegular', data: { type: kindOf(stats) } };
    if (stats.size > maxBytes) return { refused: 'tooLarge', data: { size: stats.size, limit: maxBytes } };
    return { bytes: readAll(fd, stats.size) };
  } catch {
    return { refused: 'unreadable', data: {} };
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, `size` of them as fstat gave it (what readFileSync(fd) would do after a second
 * fstat of its own): a file that grew since is read as it was, one that shrank as it is.
 */
function readAll(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const count = readSync(fd, bytes, read, size - read, read);
    if (count === 0) break;
    read += count;
  }
  return read === size ? bytes : bytes.subarray(0, read);
}

