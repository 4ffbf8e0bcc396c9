import { describe, expect, it } from 'vitest';
import { serializeHistogram } from '../../../scripts/root-writer/histogram-object';
import type { HistogramSpec } from '../../../scripts/root-writer/histogram-spec';

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const count = (b: Uint8Array, at: number) => view(b).getUint32(at) & 0x3fffffff;

describe('serializeHistogram', () => {
  const h1: HistogramSpec = { path: 'dir/h', type: 'TH1F', x: { bins: 3, min: 0, max: 3 }, contents: [1, 2, 3, 4, 5] };

  it('nests TH1F v3 around TH1 v8, byte counts covering each part, and ends with the float cells', () => {
    const b = serializeHistogram(h1, 'h');
    expect([view(b).getInt16(4), view(b).getInt16(10)]).toEqual([3, 8]);
    expect(count(b, 0)).toBe(b.length - 4);
    const th1End = 10 + count(b, 6);
    expect(view(b).getInt32(th1End - 4)).toBe(2); // fStatOverflows
    expect(view(b).getInt32(th1End)).toBe(5);
    expect(Array.from({ length: 5 }, (_, i) => view(b).getFloat32(th1End + 4 + 4 * i))).toEqual([1, 2, 3, 4, 5]);
    expect(b.length).toBe(th1End + 4 + 20);
  });

  it('names the object by the last path segment and marks it kMustCleanup like ROOT', () => {
    const b = serializeHistogram(h1, 'h');
    expect(view(b).getUint32(24)).toBe(0x03000008); // TH1's TNamed: count, version, TObject version, fUniqueID, then fBits
    expect(Buffer.from(b.subarray(28, 30)).toString('latin1')).toBe('\x01h');
  });

  it('writes TH2D v4 > TH2 v5 with fScalefactor 1 after the TH1 part, then double cells', () => {
    const h2: HistogramSpec = { path: 'h2', type: 'TH2D', x: { bins: 1, min: 0, max: 1 }, y: { bins: 1, min: 0, max: 1 }, contents: new Array(9).fill(0.5) };
    const b = serializeHistogram(h2, 'h2');
    expect([view(b).getInt16(4), view(b).getInt16(10), view(b).getInt16(16)]).toEqual([4, 5, 8]);
    const th1End = 16 + count(b, 12);
    expect(view(b).getFloat64(th1End)).toBe(1);
    expect(view(b).getInt32(th1End + 32)).toBe(9);
    expect(view(b).getFloat64(b.length - 8)).toBe(0.5);
  });

  it('writes TProfile v7 > TH1D v3 then bin entries, error mode, y limits, Σw·y, Σw·y² and Σw² per bin', () => {
    const p: HistogramSpec = {
      path: 'p', type: 'TProfile', x: { bins: 1, min: 0, max: 1 }, y: { min: -1, max: 2 }, errorMode: 'g',
      sumwy: [0, 6, 0], sumwy2: [0, 20, 0], binEntries: [0, 3, 0],
    };
    const b = serializeHistogram(p, 'p');
    expect([view(b).getInt16(4), view(b).getInt16(10)]).toEqual([7, 3]);
    const th1dEnd = 10 + count(b, 6);
    const d = (at: number) => view(b).getFloat64(th1dEnd + at);
    expect(view(b).getInt32(th1dEnd)).toBe(3);
    expect([d(4), d(12), d(20)]).toEqual([0, 3, 0]);
    expect(view(b).getInt32(th1dEnd + 28)).toBe(3); // 'g'
    expect([d(32), d(40), d(48), d(56)]).toEqual([-1, 2, 6, 20]);
    expect(view(b).getInt32(th1dEnd + 64)).toBe(0); // no fBinSumw2
    expect(b.length).toBe(th1dEnd + 68);
  });
});
