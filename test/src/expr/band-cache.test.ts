import { describe, expect, it } from 'vitest';
import { createBandCache, methodKey, referenceBand, referenceSamples } from '../../../src/expr/band-cache';

const values = Float64Array.from([5, 1, NaN, 3, Infinity, 2, 4]);

describe('band cache', () => {
  it('referenceSamples sorts the finite reference values once per key', () => {
    const cache = createBandCache();
    const rows = Uint32Array.from([0, 1, 2, 3, 4]);
    const first = referenceSamples(cache, 'x', values, { rows });
    expect(first.map((s) => [...s])).toEqual([[1, 3, 5]]);
    expect(referenceSamples(cache, 'x', new Float64Array(7), { rows })).toBe(first);
  });
  it('referenceSamples splits by group and skips reference rows in no group', () => {
    const reference = { rows: Uint32Array.from([0, 1, 3, 5, 6]), groups: { of: Int32Array.from([0, 1, 0, -1, 0, 1, 1]), labels: ['a', 'b'] } };
    expect(referenceSamples(createBandCache(), 'x', values, reference).map((s) => [...s])).toEqual([[5], [1, 2, 4]]);
  });
  it('referenceBand computes per method once and names the column', () => {
    const cache = createBandCache();
    const reference = { rows: Uint32Array.from([0, 1, 3, 5, 6]) };
    const mad = referenceBand(cache, 'x', 'x', values, reference, { kind: 'median-mad' });
    expect(mad).toEqual({ argument: 'x', column: 'x', method: { kind: 'median-mad' }, groups: [{ method: { kind: 'median-mad' }, centre: 3, sigma: 1.4826, n: 5, label: '' }] });
    expect(referenceBand(cache, 'x', 'x', values, reference, { kind: 'median-mad' })).toBe(mad);
    const ltm = referenceBand(cache, 'x', 'x', values, reference, { kind: 'ltm', fraction: 0.8 });
    expect(ltm).not.toBe(mad);
    expect(ltm.groups[0].centre).toBe(2.5); // window 1..4 of 1..5
    expect(cache.samples.size).toBe(1);
  });
  it('methodKey tells methods and fractions apart', () => {
    expect([methodKey({ kind: 'median-mad' }), methodKey({ kind: 'ltm', fraction: 0.8 }), methodKey({ kind: 'ltm', fraction: 0.9 })]).toEqual(['median-mad', 'ltm:0.8', 'ltm:0.9']);
  });
});
