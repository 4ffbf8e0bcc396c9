import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  buildFreeSegments, buildKeysList, buildTopDirectory, freeSegmentsSize, topDirectorySize, type FileIdentity,
} from '../../../scripts/root-writer/directory-records';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('root-writer/directory-records');
const SAMPLE = 'scikit-hep-testdata/uproot-sample-6.20.04-uncompressed.root';

const identity = (datime = 0, uuid = new Uint8Array(16)): FileIdentity =>
  ({ fileName: 'sample-6.20.04-uncompressed.root', fileTitle: '', datime, uuid });

/** Copies `length` bytes at `at` from the reference into ours (fields ROOT fills from the clock). */
const patch = (ours: Uint8Array, reference: Uint8Array, at: number, length: number): Uint8Array => {
  const copy = ours.slice();
  copy.set(reference.subarray(at, at + length), at);
  return copy;
};

it('topDirectorySize counts the key, the name and title strings and the 60-byte TDirectory part', () => {
  expect(topDirectorySize(identity())).toEqual({ nbytes: 160, nbytesName: 100 });
  expect(topDirectorySize({ ...identity(), fileName: 'a.root', fileTitle: 'demo' })).toEqual({ nbytes: 26 + 6 + 7 + 5 + 7 + 5 + 60, nbytesName: 56 });
});

it('buildFreeSegments writes one TFree entry from the end of the file to 2 000 000 000', () => {
  const record = buildFreeSegments(identity(), 5000);
  const view = new DataView(record.bytes.buffer);
  expect(record.bytes.length).toBe(freeSegmentsSize(identity()));
  expect([view.getInt16(66), view.getInt32(68), view.getInt32(72)]).toEqual([1, 5076, 2_000_000_000]);
});

it('buildKeysList stores a count and the given key headers verbatim', () => {
  const keys = [Uint8Array.from([1, 2, 3]), Uint8Array.from([9])];
  const record = buildKeysList(identity(), 400, keys);
  expect(Array.from(record.bytes.subarray(66))).toEqual([0, 0, 0, 2, 1, 2, 3, 9]);
  expect(record.objlen).toBe(8);
});

rootfiles.describe('directory records against ROOT 6.20 (uproot-sample uncompressed)', () => {
  const file = (): Uint8Array => new Uint8Array(readFileSync(rootfiles.path(SAMPLE)));
  const datimeAt = (bytes: Uint8Array, at: number): number => new DataView(bytes.buffer).getUint32(at + 10);

  it('buildTopDirectory matches @100–259 except the directory dates', () => {
    const ref = file();
    const ours = buildTopDirectory(identity(datimeAt(ref, 100), ref.slice(232, 248)), { seek: 80580, nbytes: 110 }).bytes;
    expect(Array.from(patch(ours, ref.subarray(100), 102, 8))).toEqual(Array.from(ref.subarray(100, 260)));
  });

  it('buildKeysList matches @80580 when given the TTree key header', () => {
    const ref = file();
    const ours = buildKeysList(identity(datimeAt(ref, 80580)), 80580, [ref.subarray(40757, 40797)]).bytes;
    expect(Array.from(ours)).toEqual(Array.from(ref.subarray(80580, 80690)));
  });

  it('buildFreeSegments matches @80690', () => {
    const ref = file();
    const ours = buildFreeSegments(identity(datimeAt(ref, 80690)), 80690).bytes;
    expect(Array.from(ours)).toEqual(Array.from(ref.subarray(80690, 80766)));
  });
});
