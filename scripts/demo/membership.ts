import type { Rng } from './prng';

/** The demo's three sources, in the order of data/sources.json. */
export const DEMO_SOURCES = ['tpc', 'evs', 'rct'] as const;
export type DemoSource = (typeof DEMO_SOURCES)[number];

/** Bit of each source in a membership mask. */
export const SOURCE_BIT: Readonly<Record<DemoSource, number>> = { tpc: 1, evs: 2, rct: 4 };
/** Mask of a run present in every source. */
export const IN_ALL_SOURCES = 7;

/**
 * Which runs are not in every source, as shares of all runs (at least one run
 * each): runs only in the run-condition table (QA never ran), runs only in the
 * TPC tree (not yet in the RCT), and runs missing from the event-selection tree.
 */
export const PARTIAL_SHARES: readonly { mask: number; share: number }[] = [
  { mask: SOURCE_BIT.rct, share: 0.006 },
  { mask: SOURCE_BIT.tpc, share: 0.003 },
  { mask: SOURCE_BIT.tpc | SOURCE_BIT.rct, share: 0.005 },
];

/** Sources mask per run: every run is in all three sources except a few chosen at random. */
export function planMembership(runs: number, rng: Rng): Uint8Array {
  const masks = new Uint8Array(runs).fill(IN_ALL_SOURCES);
  const wanted = PARTIAL_SHARES.map(({ share }) => Math.max(1, Math.round(share * runs)));
  const total = Math.min(runs, wanted.reduce((a, b) => a + b, 0));
  const chosen = sampleIndices(runs, total, rng);
  let at = 0;
  PARTIAL_SHARES.forEach(({ mask }, k) => {
    for (let j = 0; j < wanted[k] && at < chosen.length; j++) masks[chosen[at++]] = mask;
  });
  return masks;
}

/** True when the mask includes the source. */
export function hasSource(mask: number, source: DemoSource): boolean {
  return (mask & SOURCE_BIT[source]) !== 0;
}

/** The sources a mask includes, in DEMO_SOURCES order. */
export function sourcesOf(mask: number): DemoSource[] {
  return DEMO_SOURCES.filter((s) => hasSource(mask, s));
}

/** `k` distinct indices of 0…n−1 in random order (partial Fisher–Yates). */
export function sampleIndices(n: number, k: number, rng: Rng): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const count = Math.min(k, n);
  for (let i = 0; i < count; i++) {
    const j = rng.int(i, n - 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}
