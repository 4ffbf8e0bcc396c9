/**
 * A small seeded pseudo-random generator for the demo data: mulberry32 for the
 * uniform stream, a 32-bit integer hash to derive independent streams per part
 * (so changing how one part draws leaves the others' values unchanged), and
 * Box–Muller for normal deviates. Never Math.random: same seed, same data.
 */

/** A seeded random stream. Each instance owns its state; nothing is shared. */
export interface Rng {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  /** Standard normal deviate (mean 0, sd 1). */
  normal(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
}

/** Mixes a 32-bit integer into a well-spread 32-bit integer (a murmur3-style finaliser). */
export function hash32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Derives the seed of an independent stream named `label` from a base seed. */
export function deriveSeed(seed: number, label: string): number {
  let h = hash32(seed ^ 0x9e3779b9);
  for (let i = 0; i < label.length; i++) h = hash32(h ^ label.charCodeAt(i));
  return h;
}

/** The mulberry32 generator: a function returning uniform doubles in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded stream; `label` selects an independent stream for one part of the generator. */
export function createRng(seed: number, label = ''): Rng {
  const next = mulberry32(deriveSeed(seed, label));
  return {
    float: next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal: () => {
      // Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
