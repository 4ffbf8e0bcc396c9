import { describe, expect, it } from 'vitest';
import { buildSubdirectory, buildSubdirectoryKeysList, subdirectorySize } from '../../../scripts/root-writer/subdirectory-records';
import { readRecord } from './file-records';

const file = { fileName: 'f.root', fileTitle: '', datime: 0x12345678, uuid: Uint8Array.from({ length: 16 }, (_, i) => i + 1) };
const dir = { name: 'TPC', title: 'TPC', seek: 300, parentSeek: 100 };

/** Places a record at its seek inside a zero-filled buffer so the test reader can decode it. */
const place = (seek: number, bytes: Uint8Array) => {
  const out = new Uint8Array(seek + bytes.length);
  out.set(bytes, seek);
  return readRecord(out, seek);
};

describe('buildSubdirectory', () => {
  it('is a TDirectory key in the parent plus the 60-byte TDirectory part (v5, 12 padding bytes)', () => {
    const built = buildSubdirectory(dir, file, { seek: 5000, nbytes: 77 });
    expect(built.bytes.length).toBe(subdirectorySize('TPC', 'TPC'));
    const r = place(300, built.bytes);
    expect([r.className, r.name, r.title, r.seekKey, r.seekPdir, r.objlen, r.cycle]).toEqual(['TDirectory', 'TPC', 'TPC', 300, 100, 60, 1]);
    const d = new DataView(r.data.buffer, r.data.byteOffset, 60);
    expect([d.getInt16(0), d.getUint32(2), d.getUint32(6), d.getInt32(10), d.getInt32(14), d.getInt32(18), d.getInt32(22), d.getInt32(26), d.getInt16(30)])
      .toEqual([5, 0x12345678, 0x12345678, 77, r.keylen, 300, 100, 5000, 1]);
    expect(Array.from(r.data.subarray(32, 48))).toEqual(Array.from(file.uuid));
    expect(Array.from(r.data.subarray(48))).toEqual(new Array(12).fill(0));
  });

  it('has the same key whatever the keys list position (so the key can be copied before)', () => {
    expect(buildSubdirectory(dir, file, { seek: 0, nbytes: 0 }).key).toEqual(buildSubdirectory(dir, file, { seek: 9, nbytes: 9 }).key);
  });
});

describe('buildSubdirectoryKeysList', () => {
  it('names the directory, points fSeekPdir at it, and holds the count and the key copies', () => {
    const keys = [Uint8Array.of(1, 2, 3), Uint8Array.of(4, 5)];
    const r = place(900, buildSubdirectoryKeysList(dir, file, 900, keys).bytes);
    expect([r.className, r.name, r.seekKey, r.seekPdir]).toEqual(['TDirectory', 'TPC', 900, 300]);
    expect(Array.from(r.data)).toEqual([0, 0, 0, 2, 1, 2, 3, 4, 5]);
  });
});
