import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/demo/prng';
import { sortFinite } from '../../../src/stats/sort-finite';

/** Same order as the built-in sort, compared bit for bit (so −0 and +0 are told apart). */
function expectBuiltInOrder(values: Float64Array): void {
  const expected = new Float64Array(values).sort();
  const sorted = sortFinite(new Float64Array(values));
  expect(new Uint32Array(sorted.buffer, sorted.byteOffset, 2 * sorted.length)).toEqual(new Uint32Array(expected.buffer));
}

describe('sortFinite', () => {
  const rng = createRng(20261202, 'sort-finite');
  const specials = [0, -0, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 2.2250738585072014e-308, 4294967295, -999, 1, -1];
  const draws: Record<string, () => number> = {
    'uniform of both signs': () => rng.uniform(-1e3, 1e3),
    'ten values repeated': () => Math.floor(rng.float() * 10) - 5,
    'specials mixed with normal values': () => (rng.float() < 0.3 ? specials[Math.floor(rng.float() * specials.length)] : rng.uniform(-1, 1) * 10 ** rng.int(-300, 300)),
    'one value (every digit the same)': () => 50.25,
    'only positives of one binade (high digits all equal)': () => 1 + rng.float(),
  };
  for (const [name, draw] of Object.entries(draws)) {
    it(`orders ${name} as Float64Array.prototype.sort does, below and above the radix threshold`, () => {
      for (const n of [0, 1, 2, 4095, 4096, 4097, 30_000]) expectBuiltInOrder(Float64Array.from({ length: n }, draw));
    });
  }
  it('sorts a subarray in place and returns it, leaving the rest of the buffer alone', () => {
    const whole = Float64Array.from({ length: 10_000 }, () => rng.uniform(-5, 5));
    const copy = whole.slice();
    const part = whole.subarray(1000, 9000);
    expect(sortFinite(part)).toBe(part);
    expect(Array.from(part)).toEqual(Array.from(copy.subarray(1000, 9000)).sort((a, b) => a - b));
    expect(whole.subarray(0, 1000)).toEqual(copy.subarray(0, 1000));
    expect(whole.subarray(9000)).toEqual(copy.subarray(9000));
  });
  it('orders already sorted and reversed input', () => {
    const up = Float64Array.from({ length: 20_000 }, (_, i) => i - 10_000.5);
    expectBuiltInOrder(up);
    expectBuiltInOrder(up.slice().reverse());
  });
});
