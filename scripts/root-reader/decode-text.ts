import type { BasketData } from './basket-data.js';
import { readMessages } from './read-messages.js';

/** The strings of a char* leaf, or which entry does not fit its slot. */
export type DecodedText = { ok: true; values: string[] } | { ok: false; basket: number; problem: string };

/** Bytes as Latin-1 text, one character per byte (as ROOT and jsroot read char*). */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 8192) out += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return out;
}

/** The counted string in [start, end) of the data, '' for an empty slot; or what does not fit. */
function entryText(data: Uint8Array, start: number, end: number): string | { problem: string } {
  if (start === end) return ''; // ROOT once wrote empty strings as 0 bytes and reads them as ''
  const long = data[start] === 255;
  if (long && start + 5 > end) return { problem: readMessages.stringLength(255, end - start) };
  const length = long ? new DataView(data.buffer, data.byteOffset + start + 1, 4).getUint32(0) : data[start];
  const from = start + (long ? 5 : 1);
  if (from + length > end) return { problem: readMessages.stringLength(length, end - start) };
  return latin1(data.subarray(from, from + length));
}

/**
 * Decodes a char* leaf from the checked baskets: entry i is the counted string
 * (1 length byte, or 255 and a 4-byte length) in [start i, start i+1), the
 * last one ending at fLast. A string longer than its slot is a problem.
 */
export function decodeText(baskets: readonly BasketData[], entries: number): DecodedText {
  const values: string[] = new Array(entries);
  for (const basket of baskets) {
    const starts = basket.starts!;
    for (let i = 0; i < basket.entries; i++) {
      const end = i + 1 < basket.entries ? starts[i + 1] : basket.data.length;
      const value = entryText(basket.data, starts[i], end);
      if (typeof value !== 'string') return { ok: false, basket: basket.ref.index, problem: readMessages.textEntry(i, value.problem) };
      values[basket.ref.firstEntry + i] = value;
    }
  }
  return { ok: true, values };
}
