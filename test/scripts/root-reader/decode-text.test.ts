import { expect, it } from 'vitest';
import type { BasketData } from '../../../scripts/root-reader/basket-data.js';
import { decodeText } from '../../../scripts/root-reader/decode-text.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';

const basket = (data: number[], starts: number[], firstEntry = 0, index = 0): BasketData => ({
  ref: { index, firstEntry, entries: starts.length, seek: 1, bytes: 1 }, keylen: 70, nevBufSize: 1000, entries: starts.length,
  data: Uint8Array.from(data), starts: Int32Array.from(starts),
});

it('decodeText reads counted strings as Latin-1, across baskets, entry by entry', () => {
  const a = basket([2, 0x47, 0x54, 1, 0xe9], [0, 3]);
  const b = basket([0, 3, 0x61, 0x62, 0x63], [0, 1], 2, 1);
  expect(decodeText([a, b], 4)).toEqual({ ok: true, values: ['GT', 'é', '', 'abc'] });
});

it('decodeText reads a 0-byte slot as an empty string, as ROOT does for files that stored empty strings so (also as the last entry)', () => {
  expect(decodeText([basket([1, 0x78, 1, 0x79], [0, 2, 2, 4])], 4)).toEqual({ ok: true, values: ['x', '', 'y', ''] });
});

it('decodeText reads the long form (255, then a 4-byte length)', () => {
  const text = 'r'.repeat(300);
  const data = [255, 0, 0, 1, 44, ...Array.from(text, (c) => c.charCodeAt(0))];
  expect(decodeText([basket(data, [0])], 1)).toEqual({ ok: true, values: [text] });
});

it('decodeText names the basket and entry whose string runs past its slot', () => {
  expect(decodeText([basket([1, 0x61, 5, 0x62], [0, 2], 0, 3)], 2)).toEqual({ ok: false, basket: 3, problem: readMessages.textEntry(1, readMessages.stringLength(5, 2)) });
  expect(decodeText([basket([255, 0, 0], [0])], 1)).toEqual({ ok: false, basket: 0, problem: readMessages.textEntry(0, readMessages.stringLength(255, 3)) });
});
