import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildBasket } from '../../../scripts/root-writer/basket-record';
import { useRootFiles } from '../../support/rootfiles.js';
import { readRecord } from './file-records';

const rootfiles = useRootFiles('root-writer/basket-record');
const SAMPLE = 'scikit-hep-testdata/uproot-sample-6.20.04-uncompressed.root';

const int32s = (values: number[]): Uint8Array => {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, k) => new DataView(out.buffer).setInt32(k * 4, v));
  return out;
};

const content = { tree: 'sample', branch: 'n', index: 0, entries: 7, entrySize: 4, data: int32s([0, 1, 2, 3, 4, 0, 1]) };

it('buildBasket writes a big-form key, the 19-byte basket header and the data; fLast ends the data', () => {
  const record = buildBasket(content, 6894, 0x6556c8f2, 0);
  const view = new DataView(record.bytes.buffer);
  expect(record.keylen).toBe(70);
  expect([view.getInt32(0), view.getInt16(4), view.getInt32(6), view.getInt16(14)]).toEqual([98, 1004, 28, 70]);
  expect(view.getBigInt64(18)).toBe(6894n);
  expect(view.getBigInt64(26)).toBe(100n);
  // version 3, fBufferSize, fNevBufSize 4, fNevBuf 7, fLast 98, flag 0
  expect([view.getInt16(51), view.getInt32(53), view.getInt32(57), view.getInt32(61), view.getInt32(65), view.getUint8(69)])
    .toEqual([3, 32000, 4, 7, 98, 0]);
});

it('buildBasket keeps data raw when zlib would not make it smaller', () => {
  const record = buildBasket(content, 6894, 0, 9);
  expect(record.bytes.length).toBe(98);
  expect(Array.from(record.bytes.subarray(70))).toEqual(Array.from(content.data));
});

rootfiles.describe('buildBasket against ROOT 6.20 (uproot-sample uncompressed, basket @6894)', () => {
  it('matches ROOT byte for byte except fBufferSize (ROOT wrote 100, we write 32000)', () => {
    const file = new Uint8Array(readFileSync(rootfiles.path(SAMPLE)));
    const reference = readRecord(file, 6894);
    const datime = new DataView(file.buffer).getUint32(6894 + 10);
    const ours = buildBasket(content, 6894, datime, 0).bytes.slice();
    new DataView(ours.buffer).setInt32(53, 100);
    expect(Array.from(ours)).toEqual(Array.from(file.subarray(6894, 6894 + reference.nbytes)));
  });
});
