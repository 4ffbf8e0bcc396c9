import { crc32 } from 'node:zlib';
import { readMessages } from './read-messages.js';

/**
 * Checks the CRC32 an XZ stream (ROOT's LZMA blocks) stores after its block,
 * against the decompressed bytes; jsroot's LZMA decoder does not. Streams with
 * another check type (none, CRC64, SHA-256) or several blocks are not checked.
 * Layout from the .xz file format specification: 12-byte stream header,
 * blocks, index, 12-byte footer whose backward size locates the index.
 */
const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
const CHECK_CRC32 = 1;

/** Reads a variable-length integer (7 bits per byte, least significant first). */
function varint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let shift = 0, i = at; i < bytes.length && shift < 56; shift += 7, i++) {
    value += (bytes[i] & 0x7f) * 2 ** shift;
    if ((bytes[i] & 0x80) === 0) return [value, i + 1];
  }
  return [NaN, bytes.length];
}

/** Unpadded and uncompressed size of the single block, or undefined for other layouts. */
function singleBlockSizes(stream: Uint8Array, view: DataView): [number, number] | undefined {
  const end = stream.length;
  const indexStart = end - 12 - (view.getUint32(end - 8, true) + 1) * 4;
  if (indexStart < 12 || stream[indexStart] !== 0) return undefined;
  const [records, afterCount] = varint(stream, indexStart + 1);
  if (records !== 1) return undefined;
  const [unpadded, afterUnpadded] = varint(stream, afterCount);
  const [uncompressed] = varint(stream, afterUnpadded);
  return [unpadded, uncompressed];
}

/** True when xzCheckProblem can verify the stream: it declares a CRC32 and holds a single block. */
export function isXzChecked(stream: Uint8Array): boolean {
  if (stream.length < 24 || XZ_MAGIC.some((b, i) => stream[i] !== b)) return false;
  if ((stream[7] & 0x0f) !== CHECK_CRC32) return false;
  return singleBlockSizes(stream, new DataView(stream.buffer, stream.byteOffset, stream.byteLength)) !== undefined;
}

/** A sentence saying what is wrong, or undefined when the stream checks out (or cannot be checked). */
export function xzCheckProblem(stream: Uint8Array, decompressed: Uint8Array): string | undefined {
  if (stream.length < 24 || XZ_MAGIC.some((b, i) => stream[i] !== b)) return readMessages.notXz();
  if ((stream[7] & 0x0f) !== CHECK_CRC32) return undefined;
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const sizes = singleBlockSizes(stream, view);
  if (!sizes) return undefined;
  const [unpadded, uncompressed] = sizes;
  if (uncompressed !== decompressed.length) return readMessages.xzIndexSize(uncompressed, decompressed.length);
  const checkAt = 12 + Math.ceil((unpadded - 4) / 4) * 4;
  if (!(checkAt + 4 <= stream.length)) return readMessages.xzIndexPastEnd();
  const stored = view.getUint32(checkAt, true);
  const computed = crc32(decompressed);
  return stored === computed ? undefined : readMessages.checksumDiffers('CRC32 ', computed.toString(16), stored.toString(16));
}
