import { expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/fuzz/random';

it('seededRandom repeats its sequence for a seed, differs between seeds, and stays in range', () => {
  const draw = (seed: number) => { const r = seededRandom(seed); return Array.from({ length: 1000 }, () => r.next()); };
  expect(draw(42)).toEqual(draw(42));
  expect(draw(42)).not.toEqual(draw(43));
  expect(draw(7).every((v) => v >= 0 && v < 1)).toBe(true);
  const r = seededRandom(1);
  const seen = new Set(Array.from({ length: 5000 }, () => r.below(10)));
  expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});
