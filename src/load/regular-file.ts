// Opening and reading one file: only regular files are read, opened without blocking, so a FIFO,
// socket, device or folder under a file's name is a finding, never a wait. Nothing else is loaded
// with it: the read-ahead thread (read-ahead.ts) needs this alone.
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


/** Many files' bytes in one buffer, to hand to another thread in one transfer: `ends[i]` ends file i. */
export interface PackedBytes {
  buffer: ArrayBuffer;
  ends: number[];
}

/** Packs files' bytes in order; a null (a file not read) takes no bytes and keeps its place. */
export function packBytes(files: readonly (Uint8Array | null)[]): PackedBytes {
  const all = new Uint8Array(files.reduce((sum, bytes) => sum + (bytes?.length ?? 0), 0));
  const ends: number[] = [];
  let end = 0;
  for (const bytes of files) {
    if (bytes) all.set(bytes, end);
    ends.push((end += bytes?.length ?? 0));
  }
  return { buffer: all.buffer, ends };
}

/** The bytes of file `i` of a packed buffer (a view, not a copy). */
export function packedAt(bytes: Uint8Array, ends: readonly number[], i: number): Uint8Array {
  return bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);
}
