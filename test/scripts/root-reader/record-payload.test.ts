import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import { readRecordPayload } from '../../../scripts/root-reader/record-payload.js';
import { keyBytes } from './key-bytes.js';

/** A record at offset 0: a big basket key followed by `data`, whose uncompressed size is `objlen`. */
function record(data: Uint8Array, objlen: number): Uint8Array {
  const head = keyBytes(0, { big: true, className: 'TBasket', name: 'x', nbytes: 0, objlen, basket: [8, 1, 0] });
  const bytes = new Uint8Array(head.length + data.length);
  bytes.set(head);
  bytes.set(data, head.length);
  new DataView(bytes.buffer).setInt32(0, bytes.length);
  return bytes;
}

function zlibBlock(raw: Uint8Array): Uint8Array {
  const z = new Uint8Array(deflateSync(raw));
  return new Uint8Array([0x5a, 0x4c, 8, z.length & 0xff, z.length >> 8, 0, raw.length & 0xff, raw.length >> 8, 0, ...z]);
}

const raw = Uint8Array.from({ length: 400 }, (_, i) => i % 5);
const ref = (bytes: Uint8Array, nbytes = bytes.length) => ({ file: 'f.root', object: "branch 'x' basket 0", seek: 0, nbytes });

describe('readRecordPayload', () => {
  it('returns the data of a raw record as it is', async () => {
    const bytes = record(raw, 400);
    expect((await readRecordPayload(bytes, ref(bytes))).payload).toEqual(raw);
  });

  it('returns the data of a compressed record inflated', async () => {
    const bytes = record(zlibBlock(raw), 400);
    expect((await readRecordPayload(bytes, ref(bytes))).payload).toEqual(raw);
  });

  it('throws truncated when the record runs past the end of the file', async () => {
    const bytes = record(raw, 400);
    await expect(readRecordPayload(bytes.subarray(0, 200), ref(bytes))).rejects.toMatchObject({
      kind: 'truncated', file: 'f.root', object: "branch 'x' basket 0",
      message: expect.stringContaining(`needs at least ${bytes.length} bytes but has 200`),
    });
  });

  it('throws corrupt when the key and the pointer disagree on the size', async () => {
    const bytes = record(raw, 400);
    await expect(readRecordPayload(bytes, ref(bytes, bytes.length - 1))).rejects.toMatchObject({
      kind: 'corrupt', message: expect.stringContaining(`its key says ${bytes.length} bytes, the pointer to it says ${bytes.length - 1}`),
    });
  });

  it('throws corrupt naming the object when a zlib block is damaged', async () => {
    const bytes = record(zlibBlock(raw), 400);
    bytes[bytes.length - 1] ^= 0xff;
    await expect(readRecordPayload(bytes, ref(bytes))).rejects.toMatchObject({
      kind: 'corrupt', object: "branch 'x' basket 0", message: expect.stringContaining('zlib stream is damaged'),
    });
  });

  it('tells what no checksum covers: the whole data of a raw record, nothing of a zlib one', async () => {
    const rawRecord = record(raw, 400);
    expect(await readRecordPayload(rawRecord, ref(rawRecord))).toMatchObject({ stored: 400, unverified: [{ cause: 'uncompressed', bytes: 400 }] });
    const zipped = record(zlibBlock(raw), 400);
    expect(await readRecordPayload(zipped, ref(zipped))).toMatchObject({ stored: zlibBlock(raw).length, unverified: [] });
  });

  it('throws corrupt when the key says it sits elsewhere, or names another class or object than expected', async () => {
    const bytes = record(raw, 400);
    const moved = new Uint8Array(10 + bytes.length);
    moved.set(bytes, 10); // the key still says fSeekKey 0
    await expect(readRecordPayload(moved, { ...ref(bytes), seek: 10 })).rejects.toMatchObject({ kind: 'corrupt', message: expect.stringContaining(readMessages.keySeek(0)) });
    await expect(readRecordPayload(bytes, { ...ref(bytes), expect: { className: 'TBasket', name: 'y' } })).rejects.toMatchObject({
      kind: 'corrupt', message: expect.stringContaining(readMessages.keyNames('TBasket', 'x', 'TBasket', 'y')),
    });
    expect((await readRecordPayload(bytes, { ...ref(bytes), expect: { className: 'TBasket', name: 'x' } })).payload).toEqual(raw);
  });

  it('throws truncated for a pointer that is not a safe position (a damaged fBasketSeek)', async () => {
    const bytes = record(raw, 400);
    await expect(readRecordPayload(bytes, { ...ref(bytes), seek: Number.NaN })).rejects.toMatchObject({ kind: 'truncated' });
    await expect(readRecordPayload(bytes, { ...ref(bytes), seek: -5 })).rejects.toMatchObject({ kind: 'truncated' });
  });
});
