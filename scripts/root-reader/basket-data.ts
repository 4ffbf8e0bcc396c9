import type { BasketRef } from './branch-info.js';
import { readMessages } from './read-messages.js';
import type { RecordKey } from './record-key.js';

/** A basket's entries, wherever it was stored, ready to be decoded. */
export interface BasketData {
  ref: BasketRef;
  keylen: number;
  /** Bytes per entry for fixed-size entries (fNevBufSize). */
  nevBufSize: number;
  /** Entries in the basket (fNevBuf). */
  entries: number;
  /** The entry data: bytes [fKeylen, fLast) of the basket's buffer. */
  data: Uint8Array;
  /** char* entries only: where each entry starts inside `data`. */
  starts?: Int32Array;
}

/** How a branch stores its entries: fixed-size (`entryBytes` each) or as char* strings found through entry offsets. */
export type EntryLayout = { kind: 'fixed'; entryBytes: number } | { kind: 'text' };

/** The result of reading a basket's layout: its data, or a sentence saying what does not fit. */
export type BasketLayoutResult = { ok: true; basket: BasketData } | { ok: false; problem: string };

/** Fixed-size entries: fNevBufSize is the entry size, and the data holds exactly fNevBuf entries. */
function fixedProblem(entryBytes: number, nevBufSize: number, entries: number, dataBytes: number): string | undefined {
  if (nevBufSize !== entryBytes) return readMessages.entrySize(nevBufSize, entryBytes);
  if (dataBytes !== entries * entryBytes) return readMessages.entryData(dataBytes, entries, entryBytes);
  return undefined;
}

/**
 * Entry offsets of a char* basket (counted from the key start) turned into
 * starts inside the data; each must lie in [0, data length] and not go back.
 * Equal neighbours are an empty string stored in 0 bytes, which ROOT reads as ''.
 */
function textStarts(offsets: ArrayLike<number>, entries: number, keylen: number, dataBytes: number): Int32Array | string {
  const starts = new Int32Array(entries);
  let previous = 0;
  for (let i = 0; i < entries; i++) {
    const start = offsets[i] - keylen;
    if (!(start >= previous && start <= dataBytes)) return readMessages.textEntry(i, readMessages.entryStart(offsets[i], keylen, keylen + dataBytes));
    starts[i] = start;
    previous = start;
  }
  return starts;
}

/**
 * The data of a basket read from its own record (ROOT-FORMAT.md §11.6): fixed
 * entries fill the payload exactly; char* data is followed by the entry offset
 * table at fLast (a count of fNevBuf or fNevBuf + 1, then the offsets).
 */
export function recordBasket(ref: BasketRef, key: RecordKey, payload: Uint8Array, layout: EntryLayout): BasketLayoutResult {
  const dataBytes = key.last - key.keylen;
  if (dataBytes < 0 || dataBytes > payload.length) return { ok: false, problem: readMessages.lastOutside(key.last, key.keylen, payload.length) };
  const data = payload.subarray(0, dataBytes);
  const base = { ref, keylen: key.keylen, nevBufSize: key.nevBufSize, entries: key.nevBuf, data };
  if (layout.kind === 'fixed') {
    const problem = fixedProblem(layout.entryBytes, key.nevBufSize, key.nevBuf, dataBytes) ?? (payload.length !== dataBytes ? readMessages.afterEntries(payload.length - dataBytes) : undefined);
    return problem ? { ok: false, problem } : { ok: true, basket: base };
  }
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  if (dataBytes + 4 > payload.length) return { ok: false, problem: readMessages.offsetTableOutside(dataBytes, payload.length) };
  const count = view.getInt32(dataBytes);
  const fits = count === key.nevBuf || count === key.nevBuf + 1;
  if (!fits || dataBytes + 4 + 4 * count !== payload.length) return { ok: false, problem: readMessages.offsetCount(count, key.nevBuf) };
  const offsets = new Int32Array(count);
  for (let i = 0; i < count; i++) offsets[i] = view.getInt32(dataBytes + 4 + 4 * i);
  const starts = textStarts(offsets, key.nevBuf, key.keylen, dataBytes);
  return typeof starts === 'string' ? { ok: false, problem: starts } : { ok: true, basket: { ...base, starts } };
}

/** The data of a basket kept inside the TTree record, as jsroot streamed it (fBufferRef, fEntryOffset). */
export function treeBasket(ref: BasketRef, layout: EntryLayout): BasketLayoutResult {
  const kept = ref.inTree!;
  const dataBytes = kept.last - kept.keylen;
  const data = kept.data ?? new Uint8Array(0);
  if (kept.nevBuf === 0) return { ok: true, basket: { ref, keylen: kept.keylen, nevBufSize: kept.nevBufSize, entries: 0, data } };
  if (data.length !== dataBytes) return { ok: false, problem: readMessages.treeBasketData(data.length, dataBytes) };
  const base = { ref, keylen: kept.keylen, nevBufSize: kept.nevBufSize, entries: kept.nevBuf, data };
  if (layout.kind === 'fixed') {
    const problem = fixedProblem(layout.entryBytes, kept.nevBufSize, kept.nevBuf, dataBytes);
    return problem ? { ok: false, problem } : { ok: true, basket: base };
  }
  const offsets = kept.entryOffsets;
  if (!offsets || offsets.length < kept.nevBuf) return { ok: false, problem: readMessages.offsetCount(offsets?.length ?? 0, kept.nevBuf) };
  const starts = textStarts(offsets, kept.nevBuf, kept.keylen, dataBytes);
  return typeof starts === 'string' ? { ok: false, problem: starts } : { ok: true, basket: { ...base, starts } };
}
