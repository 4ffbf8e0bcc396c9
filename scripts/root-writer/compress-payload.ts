import { deflateSync } from 'node:zlib';

/** Largest uncompressed size one ROOT compression block can describe (3-byte field). */
export const MAX_BLOCK_BYTES = 0xffffff;
const BLOCK_HEADER_BYTES = 9;

/**
 * Compresses a record's data into ROOT zlib blocks ("ZL", method 8, 3-byte
 * little-endian compressed and uncompressed sizes, then a zlib stream), cutting
 * it into blocks of at most MAX_BLOCK_BYTES. Returns null when the result would
 * not be strictly smaller: readers detect compression only by size, so such
 * data must be stored raw.
 */
export function compressPayload(data: Uint8Array, level: number): Uint8Array | null {
  if (data.length === 0) return null;
  const blocks: Uint8Array[] = [];
  let total = 0;
  for (let start = 0; start < data.length; start += MAX_BLOCK_BYTES) {
    const chunk = data.subarray(start, Math.min(start + MAX_BLOCK_BYTES, data.length));
    const zipped = deflateSync(chunk, { level });
    total += BLOCK_HEADER_BYTES + zipped.length;
    if (total >= data.length) return null;
    blocks.push(blockHeader(zipped.length, chunk.length), zipped);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of blocks) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function blockHeader(compressed: number, uncompressed: number): Uint8Array {
  const h = new Uint8Array(BLOCK_HEADER_BYTES);
  h[0] = 0x5a; // 'Z'
  h[1] = 0x4c; // 'L'
  h[2] = 8; // deflate
  for (let i = 0; i < 3; i++) {
    h[3 + i] = (compressed >>> (8 * i)) & 0xff;
    h[6 + i] = (uncompressed >>> (8 * i)) & 0xff;
  }
  return h;
}
