import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, hash32, mulberry32 } from '../../../scripts/demo/prng';

/** mulberry32 written again with BigInt arithmetic modulo 2^32, as its definition reads. */
function referenceMulberry32(seed: number): () => number {
  const M = 2n ** 32n;
  const mul = (a: bigint, b: bigint): bigint => (a * b) % M;
  let state = BigInt(seed >>> 0);
  return () => {
    state = (state + 0x6d2b79f5n) % M;
    let t = state;
    t = mul(t ^ (t >> 15n), t | 1n);
    t = (t ^ ((t + mul(t ^ (t >> 7n), t | 61n)) % M)) % M;
    return Number((t ^ (t >> 14n)) % M) / 2 ** 32;
  };
}

const draws = (next: () => number, n: number): number[] => Array.from({ length: n }, next);

describe('mulberry32', () => {
  it('matches a BigInt re-implementation of the algorithm for several seeds', () => {
    for (const seed of [0, 1, 2018, 0xdeadbeef, 4294967295]) {
      expect(draws(mulberry32(seed), 50)).toEqual(draws(referenceMulberry32(seed), 50));
    }
  });

  it('returns the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(mulberry32(42), 20)).toEqual(draws(mulberry32(42), 20));
    expect(draws(mulberry32(42), 20)).not.toEqual(draws(mulberry32(43), 20));
  });

  it('stays in [0, 1) with a mean near 1/2 over 100,000 draws', () => {
    const values = draws(mulberry32(7), 100_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
  });
});

describe('hash32 and deriveSeed', () => {
  it('hash32 maps 0 to 0 and spreads neighbouring inputs to different words', () => {
    expect(hash32(0)).toBe(0);
    const outs = new Set(Array.from({ length: 1000 }, (_, i) => hash32(i)));
    expect(outs.size).toBe(1000);
  });

  it('deriveSeed gives different streams for different labels and seeds', () => {
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(1, 'b'));
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(2, 'a'));
    expect(deriveSeed(1, 'a')).toBe(deriveSeed(1, 'a'));
  });
});

describe('createRng', () => {
  it('draws of one labelled stream do not depend on draws from another, and streams differ', () => {
    const a = createRng(5, 'a');
    const b = createRng(5, 'b');
    const fromB = draws(() => b.float(), 10);
    expect(draws(() => a.float(), 10)).toEqual(draws(createRngFloat(5, 'a'), 10));
    expect(fromB).not.toEqual(draws(createRngFloat(5, 'a'), 10));
  });

  it('int(lo, hi) hits both bounds and nothing outside them', () => {
    const rng = createRng(3);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(-2, 3)));
    expect([...seen].sort((x, y) => x - y)).toEqual([-2, -1, 0, 1, 2, 3]);
  });

  it('uniform(lo, hi) stays in [lo, hi)', () => {
    const rng = createRng(4);
    const values = Array.from({ length: 5000 }, () => rng.uniform(10, 12));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...values)).toBeLessThan(12);
  });

  it('normal() has mean near 0 and standard deviation near 1 over 100,000 draws', () => {
    const rng = createRng(11);
    const values = Array.from({ length: 100_000 }, () => rng.normal());
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
    expect(values.every(Number.isFinite)).toBe(true);
  });

  it('chance(0) is never true, chance(1) always, chance(0.25) about a quarter of the time', () => {
    const rng = createRng(12);
    const n = 20_000;
    expect(Array.from({ length: n }, () => rng.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: n }, () => rng.chance(1)).every(Boolean)).toBe(true);
    const hits = Array.from({ length: n }, () => rng.chance(0.25)).filter(Boolean).length;
    expect(Math.abs(hits / n - 0.25)).toBeLessThan(0.015);
  });

  it('pick() returns every element of the list over enough draws', () => {
    const rng = createRng(13);
    const items = ['a', 'b', 'c'] as const;
    expect(new Set(Array.from({ length: 300 }, () => rng.pick(items)))).toEqual(new Set(items));
  });
});

function createRngFloat(seed: number, label: string): () => number {
  const rng = createRng(seed, label);
  return () => rng.float();
}
