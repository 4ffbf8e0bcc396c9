import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../scripts/root-writer/ByteWriter';
import {
  writeIOFeatures, writeNull, writeObjectPointer, writeObjectReference, writeTList, writeTNamed, writeTObjArray,
} from '../../../scripts/root-writer/root-objects';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const written = (write: (w: ByteWriter) => void, origin = 0): string => {
  const w = new ByteWriter(origin);
  write(w);
  return hex(w.finish());
};

describe('root-objects', () => {
  it('writeTNamed matches ROOT\'s bytes for the uproot-sample tree name', () => {
    expect(written((w) => writeTNamed(w, 'sample', '', 0x03000008)))
      .toBe('40000014' + '0001' + '0001' + '00000000' + '03000008' + '0673616d706c65' + '00');
  });

  it('an empty TList is the 21 bytes ROOT writes', () => {
    expect(written((w) => writeTList(w, []))).toBe('400000110005000100000000030000000000000000');
  });

  it('an empty TObjArray has version 3, an empty name, size 0 and lower bound 0', () => {
    expect(written((w) => writeTObjArray(w, []))).toBe('40000015' + '0003' + '0001000000000300000000' + '00000000' + '00000000');
  });

  it('writeObjectPointer returns the tag: position of its byte count from the key start, plus 2', () => {
    let tag = 0;
    const out = written((w) => {
      w.u32(0);
      tag = writeObjectPointer(w, 'TX', () => w.u8(1));
      writeObjectReference(w, tag);
      writeNull(w);
    }, 100);
    expect(tag).toBe(106);
    expect(out).toBe('00000000' + '40000008' + 'ffffffff' + '545800' + '01' + '0000006a' + '00000000');
  });

  it('writeIOFeatures writes version 0, the TIOFeatures checksum and one zero byte', () => {
    expect(written(writeIOFeatures)).toBe('40000007' + '0000' + '1aa12f10' + '00');
  });
});
