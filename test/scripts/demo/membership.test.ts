import { describe, expect, it } from 'vitest';
import { hasSource, PARTIAL_SHARES, planMembership, sampleIndices, SOURCE_BIT, sourcesOf } from '../../../scripts/demo/membership';
import { createRng } from '../../../scripts/demo/prng';

describe('planMembership', () => {
  it('puts most runs in every source and the planned shares (at least one each) in fewer', () => {
    const masks = planMembership(3000, createRng(1));
    const count = (mask: number) => masks.filter((m) => m === mask).length;
    expect(count(SOURCE_BIT.rct)).toBe(18);
    expect(count(SOURCE_BIT.tpc)).toBe(9);
    expect(count(SOURCE_BIT.tpc | SOURCE_BIT.rct)).toBe(15);
    expect(count(7)).toBe(3000 - 42);
  });

  it('still marks one run of each kind for a small set, and never more runs than exist', () => {
    const small = planMembership(20, createRng(2));
    for (const { mask } of PARTIAL_SHARES) expect(small.filter((m) => m === mask).length).toBe(1);
    const tiny = planMembership(2, createRng(2));
    expect(tiny).toHaveLength(2);
    expect(Array.from(tiny).every((m) => m !== 7)).toBe(true);
  });
});

describe('hasSource and sourcesOf', () => {
  it('read the bits in tpc, evs, rct order', () => {
    expect(sourcesOf(7)).toEqual(['tpc', 'evs', 'rct']);
    expect(sourcesOf(SOURCE_BIT.tpc | SOURCE_BIT.rct)).toEqual(['tpc', 'rct']);
    expect(sourcesOf(0)).toEqual([]);
    expect(hasSource(SOURCE_BIT.evs, 'evs')).toBe(true);
    expect(hasSource(SOURCE_BIT.evs, 'tpc')).toBe(false);
  });
});

describe('sampleIndices', () => {
  it('returns k distinct indices below n, all of them when k ≥ n', () => {
    const picked = sampleIndices(50, 10, createRng(3));
    expect(new Set(picked).size).toBe(10);
    expect(picked.every((i) => i >= 0 && i < 50)).toBe(true);
    expect(sampleIndices(4, 9, createRng(3)).sort()).toEqual([0, 1, 2, 3]);
  });
});
