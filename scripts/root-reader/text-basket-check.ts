import type { RecordKey } from './record-key.js';
import { readMessages } from './read-messages.js';

/**
 * Checks the layout of a char* basket before jsroot reads it: the entry
 * offset table at fLast (a count, then one offset per entry and maybe a trailing 0, each counted
 * from the start of the key) and each entry's counted string (1 length byte,
 * or 255 and a 4-byte length) inside its own slot. jsroot reads past these
 * bounds on damaged data and throws where no caller can catch it, so a basket
 * that fails here must not reach jsroot. Returns a sentence, or undefined.
 */
export function textBasketProblem(payload: Uint8Array, key: RecordKey): string | undefined {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const table = key.last - key.keylen;
  if (table < 0 || table + 4 > payload.length) return readMessages.offsetTableOutside(table, payload.length);
  const count = view.getInt32(table);
  // ROOT writes one offset per entry, recent versions one more (0) after them.
  const fits = count === key.nevBuf || count === key.nevBuf + 1;
  if (!fits || table + 4 + 4 * count > payload.length) return readMessages.offsetCount(count, key.nevBuf);
  const offsets = Array.from({ length: count }, (_, i) => view.getInt32(table + 4 + 4 * i) - key.keylen);
  for (let i = 0; i < key.nevBuf; i++) {
    const problem = entryProblem(view, offsets[i], i + 1 < key.nevBuf ? offsets[i + 1] : table, table);
    if (problem) return readMessages.textEntry(i, problem);
  }
  return undefined;
}

/** What is wrong with the counted string in [start, end), which must lie before the offset table; or undefined. */
function entryProblem(view: DataView, start: number, end: number, table: number): string | undefined {
  if (start < 0 || start >= end || end > table) return readMessages.entrySlot(start, end);
  const short = view.getUint8(start);
  const long = short === 255;
  if (long && start + 5 > end) return readMessages.entrySlot(start, end);
  const length = long ? view.getUint32(start + 1) : short;
  const stop = start + (long ? 5 : 1) + length;
  return stop <= end ? undefined : readMessages.stringLength(length, end - start);
}
