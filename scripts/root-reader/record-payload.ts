import { truncatedFile } from './file-header.js';
import type { UnverifiedPart } from './integrity.js';
import { readHints, readMessages } from './read-messages.js';
import { parseRecordKey, type RecordKey } from './record-key.js';
import { RootReadError } from './root-read-error.js';
import { unzipBlocks } from './unzip-blocks.js';

/** A record's key and its data, decompressed and checked. */
export interface RecordPayload {
  key: RecordKey;
  payload: Uint8Array;
  /** Bytes stored after the key (fNbytes − fKeylen). */
  stored: number;
  /** Stored bytes no checksum covers, by cause: all of them for raw data; [] when a checksum covers every block. */
  unverified: UnverifiedPart[];
}

/** Where a record is and what it is, for messages. */
export interface RecordRef {
  file: string;
  /** e.g. `branch "px1" basket 0`. */
  object: string;
  seek: number;
  /** fNbytes as the pointer to the record states it. */
  nbytes: number;
  /** The class and name its key must carry (checked when given). */
  expect?: { className: string; name: string };
}

function corrupt(ref: RecordRef, message: string, cause?: unknown): RootReadError {
  return new RootReadError({
    kind: 'corrupt', file: ref.file, object: ref.object, cause,
    message: readMessages.damagedRecord(ref.seek, message),
    hint: readHints.copyAgain(),
  });
}

/** Checks that the whole record lies inside the file; throws 'truncated' otherwise. */
export function checkRecordExtent(bytes: Uint8Array, ref: RecordRef): void {
  if (!Number.isSafeInteger(ref.seek) || !Number.isSafeInteger(ref.nbytes) || ref.seek < 0 || ref.nbytes < 0 || ref.seek + ref.nbytes > bytes.length) {
    throw truncatedFile(ref.file, ref.seek + ref.nbytes, bytes.length, ref.object);
  }
}

function readKey(bytes: Uint8Array, ref: RecordRef): RecordKey {
  let key: RecordKey;
  try {
    key = parseRecordKey(bytes.subarray(0, ref.seek + ref.nbytes), ref.seek);
  } catch (error) {
    throw corrupt(ref, readMessages.keyOutside(), error);
  }
  if (key.nbytes !== ref.nbytes) throw corrupt(ref, readMessages.keyBytes(key.nbytes, ref.nbytes));
  if (key.keylen <= 0 || key.keylen > key.nbytes || key.objlen < 0) {
    throw corrupt(ref, readMessages.keyLengths(key.keylen, key.objlen, key.nbytes));
  }
  if (key.seekKey !== ref.seek) throw corrupt(ref, readMessages.keySeek(key.seekKey));
  const expected = ref.expect;
  if (expected && (key.className !== expected.className || key.name !== expected.name)) {
    throw corrupt(ref, readMessages.keyNames(key.className, key.name, expected.className, expected.name));
  }
  return key;
}

/**
 * Reads the record at `ref.seek`: checks its extent and key (size, position,
 * class and name), then returns the data after the key, decompressed with
 * every block verified (zlib: Adler-32; LZ4: XXH64; XZ: CRC32; others: block
 * sizes), and what no checksum covers. Throws 'truncated' or 'corrupt'.
 */
export async function readRecordPayload(bytes: Uint8Array, ref: RecordRef): Promise<RecordPayload> {
  checkRecordExtent(bytes, ref);
  const key = readKey(bytes, ref);
  const data = bytes.subarray(ref.seek + key.keylen, ref.seek + key.nbytes);
  if (key.objlen <= data.length) {
    const unverified: UnverifiedPart[] = data.length > 0 ? [{ cause: 'uncompressed', bytes: data.length }] : [];
    return { key, payload: data.subarray(0, key.objlen), stored: data.length, unverified };
  }
  const unzipped = await unzipBlocks(data, key.objlen);
  if (!unzipped.ok) throw corrupt(ref, unzipped.detail);
  return { key, payload: unzipped.bytes, stored: data.length, unverified: unzipped.unverified };
}
