import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { BuildError } from './build-error';
import { messages } from './messages';

/** What a path is, for the refusal of anything but a regular file. */
export function fileKind(s: Stats): string {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'folder';
  if (s.isFIFO()) return 'FIFO (named pipe)';
  if (s.isSocket()) return 'socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  return 'special file';
}

/**
 * Reads an input file whole, refusing by name (BuildError) anything that is
 * not a regular file after following links (a device such as /dev/zero, a
 * FIFO, a socket, a folder: never opened for a blocking read) and a file
 * larger than `maxBytes`. The file is opened without blocking and checked
 * again on the open handle, then read to its size; a file that grows or
 * shrinks while it is read is refused too.
 */
export async function readSourceFile(file: string, maxBytes: number): Promise<Uint8Array> {
  checkStats(file, await stat(file), maxBytes);
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await handle.stat();
    checkStats(file, s, maxBytes);
    const bytes = new Uint8Array(s.size);
    let got = 0;
    while (got < s.size) {
      const { bytesRead } = await handle.read(bytes, got, s.size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    const { bytesRead: beyond } = await handle.read(new Uint8Array(1), 0, 1, s.size);
    if (got !== s.size || beyond !== 0) throw refused('source-file-unreadable', file, messages.fileChangedWhileRead(file), messages.sourceFileUnreadableHint());
    return bytes;
  } finally {
    await handle.close();
  }
}

function checkStats(file: string, s: Stats, maxBytes: number): void {
  if (!s.isFile()) throw refused('source-file-not-regular', file, messages.notRegularFile(file, fileKind(s)), messages.notRegularFileHint());
  if (s.size > maxBytes) throw refused('source-file-too-large', file, messages.fileTooLarge(file, s.size, maxBytes), messages.fileTooLargeHint());
}

function refused(kind: 'source-file-not-regular' | 'source-file-too-large' | 'source-file-unreadable', file: string, message: string, hint: string): BuildError {
  return new BuildError({ kind, file, message, hint });
}
