import { truncatedFile } from './file-header.js';
import { readHints, readMessages } from './read-messages.js';
import { parseRecordKey, type RecordKey } from './record-key.js';
import { RootReadError } from './root-read-error.js';
import { unzipBlocks } from './unzip-blocks.js';

/** A record's key and its data, decompressed and checked. */
export interface RecordPayload {
  key: RecordKey;
  payload: Uint8Array;
  /** Algorithm of each compressed block checked for size only (see unzipBlocks); [] otherwise. */
  sizeOnly: string[];
}

/** Where a record is and what it is, for messages. */
export interface RecordRef {
  file: string;
  /** e.g. `branch "px1" basket 0`. */
  object: string;
  seek: number;
  /** fNbytes as the pointer to the record states it. */
  nbytes: number;
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
  if (ref.seek < 0 || ref.seek + ref.nbytes > bytes.length) {
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
  return key;
}

/**
 * Reads the record at `ref.seek`: checks its extent and key, then returns the
 * data after the key, decompressed with every block verified (zlib: Adler-32;
 * other algorithms: block sizes). Throws 'truncated' or 'corrupt'.
 */
export async function readRecordPayload(bytes: Uint8Array, ref: RecordRef): Promise<RecordPayload> {
  checkRecordExtent(bytes, ref);
  const key = readKey(bytes, ref);
  const data = bytes.subarray(ref.seek + key.keylen, ref.seek + key.nbytes);
  if (key.objlen <= data.length) return { key, payload: data.subarray(0, key.objlen), sizeOnly: [] };
  const unzipped = await unzipBlocks(data, key.objlen);
  if (!unzipped.ok) throw corrupt(ref, unzipped.detail);
  return { key, payload: unzipped.bytes, sizeOnly: unzipped.sizeOnly };
}
