import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../scripts/root-writer/ByteWriter';
import { writeArrayD, writeArrayF } from '../../../scripts/root-writer/tarray';

describe('writeArrayF / writeArrayD', () => {
  it('write the count then big-endian floats or doubles, with no version or byte count', () => {
    const w = new ByteWriter();
    writeArrayF(w, [1, -2.5]);
    writeArrayD(w, Float64Array.of(0.1));
    writeArrayD(w, []);
    expect(Buffer.from(w.finish()).toString('hex')).toBe('00000002' + '3f800000' + 'c0200000' + '00000001' + '3fb999999999999a' + '00000000');
  });
});
