import { describe, expect, it } from 'vitest';
import { DEFAULT_AXIS_ATTRIBUTES, UNUSED_AXIS, writeAxis } from '../../../scripts/root-writer/axis-object';
import { ByteWriter } from '../../../scripts/root-writer/ByteWriter';

const hex = (write: (w: ByteWriter) => void) => {
  const w = new ByteWriter();
  write(w);
  return Buffer.from(w.finish()).toString('hex');
};

describe('writeAxis', () => {
  it('writes TAxis v10 as ROOT does for an unlabelled axis (the bytes of uproot-histograms.root `one`, +129)', () => {
    expect(hex((w) => writeAxis(w, 'xaxis', { bins: 10, min: -3, max: 3 }))).toBe(
      '4000006d000a' + '40000013000100010000000003000000057861786973' + '00' +
      '40000024000400' + '0001fe0001000100' + '2a3ba3d70a3d0f5c293cf5c28f3f8000003d0f5c290001002a' +
      '0000000a' + 'c008000000000000' + '4008000000000000' + '00000000' + '00000000' + '00000000' + '0000' + '00' + '00' + '00000000' + '00000000',
    );
  });

  it('writes labelled bins as a THashList (TList v5 streamer) of TObjString whose fUniqueID is the bin', () => {
    const bytes = hex((w) => writeAxis(w, 'xaxis', { bins: 2, min: 0, max: 2, labels: ['', 'C'] }));
    const list = bytes.indexOf(Buffer.from('THashList\0').toString('hex'));
    expect(list).toBeGreaterThan(0);
    // After the class name: the TList header (v5), TObject, empty name, one element.
    expect(bytes.slice(list + 20, list + 20 + 12 + 20 + 2 + 8)).toMatch(/^4000....0005000100000000030000000000000001$/);
    expect(bytes).toContain(Buffer.from('TObjString\0').toString('hex') + '4000000e0001' + '0001' + '00000002' + '03000000' + '0143');
  });

  it('exposes ROOT 6\'s default attributes and the one-bin [0, 1] axis used for unused axes', () => {
    expect(DEFAULT_AXIS_ATTRIBUTES).toMatchObject({ ndivisions: 510, labelFont: 42, labelSize: 0.035, titleOffset: 1 });
    expect(UNUSED_AXIS).toEqual({ bins: 1, min: 0, max: 1 });
  });
});
