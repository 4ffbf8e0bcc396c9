import { readFileSync } from 'node:fs';
import { openFile } from 'jsroot';
import { expect, it } from 'vitest';
import { ByteWriter } from '../../../scripts/root-writer/ByteWriter';
import { writeEmbeddedBasket } from '../../../scripts/root-writer/embedded-basket';
import { keyLength } from '../../../scripts/root-writer/key';
import { useRootFiles } from '../../support/rootfiles.js';
import { readRecord } from './file-records';

const rootfiles = useRootFiles('root-writer/embedded-basket');
const ISSUE21 = 'scikit-hep-testdata/uproot-issue21.root';

const int32s = (values: number[]): Uint8Array => {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, k) => new DataView(out.buffer).setInt32(k * 4, v));
  return out;
};

/** The fields of a TBasket in pointer form as TBasket::Streamer writes it (key, header, flag, buffer). */
function parseEmbedded(bytes: Uint8Array, at: number) {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const count = view.getUint32(at) & 0x3fffffff;
  const className = new TextDecoder().decode(bytes.subarray(at + 8, at + 15));
  const o = at + 16; // after count, new-class tag and "TBasket\0"
  const strings: string[] = [];
  let s = o + 34;
  for (let k = 0; k < 3; k++) {
    const n = bytes[s];
    strings.push(String.fromCharCode(...bytes.subarray(s + 1, s + 1 + n)));
    s += 1 + n;
  }
  const header = {
    nbytes: view.getInt32(o), version: view.getInt16(o + 4), keylen: view.getInt16(o + 14), cycle: view.getInt16(o + 16),
    seekKey: view.getBigInt64(o + 18), seekPdir: view.getBigInt64(o + 26), strings,
    basketVersion: view.getInt16(s), nevBufSize: view.getInt32(s + 6), nevBuf: view.getInt32(s + 10), last: view.getInt32(s + 14), flag: bytes[s + 18],
  };
  const buffer = bytes.subarray(s + 19, s + 19 + header.last);
  return { count, className, header, objlen: view.getInt32(o + 6), bufferSize: view.getInt32(s + 2), buffer, end: s + 19 + header.last };
}

const content = { tree: 'nllscan', branch: 'status', index: 0, entries: 61, entrySize: 4, data: int32s(Array.from({ length: 61 }, (_, k) => k - 30)) };

it('writeEmbeddedBasket streams a TBasket whose key is unplaced and whose buffer starts with its own key', () => {
  const w = new ByteWriter();
  writeEmbeddedBasket(w, content, 0x12345678);
  const bytes = w.finish();
  const parsed = parseEmbedded(bytes, 0);
  const keylen = keyLength('TBasket', 'status', 'nllscan', true, 19);
  expect(parsed.className).toBe('TBasket');
  expect(parsed.header).toEqual({
    nbytes: 0, version: 1004, keylen, cycle: 0, seekKey: 0n, seekPdir: 0n, strings: ['TBasket', 'status', 'nllscan'],
    basketVersion: 3, nevBufSize: 4, nevBuf: 61, last: keylen + 244, flag: 12,
  });
  expect(parsed.objlen).toBe(parsed.bufferSize - keylen);
  expect(parsed.end).toBe(bytes.length);
  expect(parsed.count).toBe(bytes.length - 4);
  expect(Array.from(parsed.buffer.subarray(keylen))).toEqual(Array.from(content.data));
  // The buffer's first fKeylen bytes are the same key and header with flag 0.
  expect(Array.from(parsed.buffer.subarray(0, keylen - 1))).toEqual(Array.from(bytes.subarray(16, 16 + keylen - 1)));
  expect(parsed.buffer[keylen - 1]).toBe(0);
});

rootfiles.describe('writeEmbeddedBasket against ROOT (uproot-issue21.root, branch status kept in the TTree record)', () => {
  it('has the fields ROOT wrote, apart from the TBasket version (ROOT wrote 2, we write 3) and fDatime', async () => {
    const file = new Uint8Array(readFileSync(rootfiles.path(ISSUE21)));
    const jsroot = await openFile(file.buffer.slice(0));
    const key = jsroot.fKeys.find((k: { fName: string }) => k.fName === 'nllscan');
    const tree = readRecord(file, key.fSeekKey);
    const payload = tree.data;
    const at = Buffer.from(payload).indexOf('TBasket\0') - 8;
    const reference = parseEmbedded(payload, at);
    const data = reference.buffer.subarray(reference.header.keylen);
    const w = new ByteWriter();
    writeEmbeddedBasket(w, { ...content, data }, 0);
    const ours = parseEmbedded(w.finish(), 0);
    expect({ ...ours.header, basketVersion: 2 }).toEqual(reference.header);
    expect([ours.count, ours.objlen, ours.bufferSize]).toEqual([reference.count, reference.objlen, reference.bufferSize]);
    expect(Array.from(ours.buffer.subarray(ours.header.keylen))).toEqual(Array.from(data));
  });
});
