import { readHints, readMessages } from './read-messages.js';
import { RootReadError } from './root-read-error.js';

/** The fields of a ROOT file header (ROOT-FORMAT.md §3) the reader needs. */
export interface FileHeader {
  /** 10000·major + 100·minor + patch (the big-file offset removed). */
  version: number;
  begin: number;
  end: number;
  seekInfo: number;
  nbytesInfo: number;
  /** 100·algorithm + level. */
  compress: number;
}

const HEADER_BYTES = 100;
const BIG_FILE_VERSION = 1_000_000;

/** Reads the header at the start of `bytes`; throws 'not-root' or 'truncated'. */
export function parseFileHeader(bytes: Uint8Array, file: string): FileHeader {
  if (bytes.length < 4 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'root') {
    throw new RootReadError({
      kind: 'not-root', file, object: 'file header',
      message: readMessages.notRoot(),
      hint: readHints.checkRootPath(),
    });
  }
  if (bytes.length < HEADER_BYTES) {
    throw truncatedFile(file, HEADER_BYTES, bytes.length, 'file header');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawVersion = view.getInt32(4);
  const big = rawVersion >= BIG_FILE_VERSION;
  const seek = (small: number, large: number) =>
    big ? Number(view.getBigUint64(large)) : view.getUint32(small);
  return {
    version: big ? rawVersion - BIG_FILE_VERSION : rawVersion,
    begin: view.getInt32(8),
    end: seek(12, 12),
    seekInfo: seek(37, 45),
    nbytesInfo: view.getInt32(big ? 53 : 41),
    compress: view.getInt32(big ? 41 : 33),
  };
}

/** '6.20/04' for 62004. */
export function rootVersionText(version: number): string {
  const major = Math.floor(version / 10000);
  const minor = Math.floor(version / 100) % 100;
  const patch = version % 100;
  return `${major}.${String(minor).padStart(2, '0')}/${String(patch).padStart(2, '0')}`;
}

/** The error for a file shorter than a record or header says it must be. */
export function truncatedFile(file: string, needed: number, actual: number, object = ''): RootReadError {
  return new RootReadError({
    kind: 'truncated', file, object,
    message: readMessages.truncated(needed, actual),
    hint: readHints.copyAgainTruncated(),
  });
}
