import { describe, expect, it } from 'vitest';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import type { RecordKey } from '../../../scripts/root-reader/record-key.js';
import { textBasketProblem } from '../../../scripts/root-reader/text-basket-check.js';

const KEYLEN = 10;

/** A char* basket as ROOT lays it out: counted strings, then at fLast the offset count and offsets (+ a trailing 0). */
function textBasket(strings: string[], trailingZero = true): { payload: Uint8Array; key: RecordKey } {
  const data = strings.flatMap((s) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))]);
  const offsets: number[] = [];
  strings.reduce((at, s) => (offsets.push(KEYLEN + at), at + 1 + s.length), 0);
  if (trailingZero) offsets.push(0);
  const payload = new Uint8Array(data.length + 4 + 4 * offsets.length);
  payload.set(data);
  const view = new DataView(payload.buffer);
  view.setInt32(data.length, offsets.length);
  offsets.forEach((o, i) => view.setInt32(data.length + 4 + 4 * i, o));
  const key: RecordKey = {
    nbytes: KEYLEN + payload.length, objlen: payload.length, keylen: KEYLEN, className: 'TBasket', name: 'Type',
    nevBufSize: 1000, nevBuf: strings.length, last: KEYLEN + data.length,
  };
  return { payload, key };
}

describe('textBasketProblem', () => {
  it('accepts entries that fit their slots, with or without the trailing 0 offset, empty strings included', () => {
    for (const trailing of [true, false]) {
      const { payload, key } = textBasket(['GT', 'TTT', '', 'GG'], trailing);
      expect(textBasketProblem(payload, key)).toBeUndefined();
    }
  });

  it('reports a string length byte larger than its slot, naming the entry', () => {
    const { payload, key } = textBasket(['GT', 'TTT', 'GG']);
    payload[3] = 9; // length byte of entry 1
    expect(textBasketProblem(payload, key)).toBe(readMessages.textEntry(1, readMessages.stringLength(9, 4)));
  });

  it('reports offsets that go backwards as a slot that cannot hold a string', () => {
    const { payload, key } = textBasket(['GT', 'TTT', 'GG']);
    new DataView(payload.buffer).setInt32(key.last - KEYLEN + 8, KEYLEN); // entry 1 starts where entry 0 does
    expect(textBasketProblem(payload, key)).toBe(readMessages.textEntry(0, readMessages.entrySlot(0, 0)));
    new DataView(payload.buffer).setInt32(key.last - KEYLEN + 8, KEYLEN + 1); // entry 1 starts inside entry 0
    expect(textBasketProblem(payload, key)).toBe(readMessages.textEntry(0, readMessages.stringLength(2, 1)));
  });

  it('reports an entry whose slot reaches past the offset table', () => {
    const { payload, key } = textBasket(['GT', 'TTT', 'GG']);
    new DataView(payload.buffer).setInt32(key.last - KEYLEN + 8, KEYLEN + 500); // entry 1 starts far beyond the data
    expect(textBasketProblem(payload, key)).toBe(readMessages.textEntry(0, readMessages.entrySlot(0, 500)));
  });

  it('reports an offset count that does not match the basket entries', () => {
    const { payload, key } = textBasket(['GT', 'TTT']);
    expect(textBasketProblem(payload, { ...key, nevBuf: 5 })).toBe(readMessages.offsetCount(3, 5));
  });

  it('reports an offset table (fLast) outside the data', () => {
    const { payload, key } = textBasket(['GT']);
    expect(textBasketProblem(payload, { ...key, last: KEYLEN + payload.length })).toBe(
      readMessages.offsetTableOutside(payload.length, payload.length),
    );
    expect(textBasketProblem(payload, { ...key, last: KEYLEN - 2 })).toBe(readMessages.offsetTableOutside(-2, payload.length));
  });
});
