import type { DemoTruth } from './demo-truth';
import { createRng } from './prng';
import type { RunValues } from './qa-run-values';

/** Why a run has a QA file in the committed demo. */
export type QaReason = 'outlier' | 'reference' | 'sample';

/** Which runs get QA files, and the reference run of each period. */
export interface QaPlan {
  /** One run per period: in every source, no outlier, no missing value, closest to the period's medians. */
  references: { period: string; run: number }[];
  /** Runs with a QA file, increasing, each with its reasons (a run can be an outlier and sampled). */
  runs: { run: number; reasons: QaReason[] }[];
}

/** Runs sampled per period besides its outliers and its reference. */
export const QA_SAMPLE_PER_PERIOD = 8;

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Every value of the run, tpc then evs; undefined when it lacks a source or a value. */
function completeValues(r: RunValues): number[] | undefined {
  if (!r.tpc || !r.evs) return undefined;
  const values = [...r.tpc.values(), ...r.evs.values()];
  return values.some((v) => Number.isNaN(v)) ? undefined : values;
}

/**
 * The reference run of each period: among its complete, outlier-free runs,
 * the one nearest the period's median of every value, each value measured in
 * units of its median absolute deviation (a robust "most typical run").
 */
function chooseReference(candidates: readonly { run: number; values: number[] }[]): number | undefined {
  if (candidates.length === 0) return undefined;
  const columns = candidates[0].values.map((_, k) => candidates.map((c) => c.values[k]));
  const centres = columns.map(median);
  const spreads = columns.map((col, k) => median(col.map((v) => Math.abs(v - centres[k]))) || 1);
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = c.values.reduce((d, v, k) => d + ((v - centres[k]) / spreads[k]) ** 2, 0);
    if (distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return best.run;
}

/**
 * The committed subset: every run with an injected outlier, each period's
 * reference run, and QA_SAMPLE_PER_PERIOD further runs per period drawn from
 * the runs in the tpc tree (seeded). `all` gives every run in the tpc or evs
 * tree a file instead (for benchmarks), with the same references.
 */
export function planQaRuns(runs: readonly RunValues[], truth: DemoTruth, seed: number, all = false): QaPlan {
  const outliers = new Set(truth.outliers.map((o) => o.run));
  const references = truth.periods.flatMap((p) => {
    const mine = runs.filter((r) => r.period === p.name && !outliers.has(r.run));
    const run = chooseReference(mine.flatMap((r) => {
      const values = completeValues(r);
      return values ? [{ run: r.run, values }] : [];
    }));
    return run === undefined ? [] : [{ period: p.name, run }];
  });
  const reasons = new Map<number, QaReason[]>();
  const add = (run: number, reason: QaReason) => reasons.set(run, [...(reasons.get(run) ?? []), reason]);
  for (const run of [...outliers].sort((a, b) => a - b)) add(run, 'outlier');
  for (const { run } of references) add(run, 'reference');
  const rng = createRng(seed, 'qa-sample');
  for (const p of truth.periods) {
    const pool = runs.filter((r) => r.period === p.name && r.tpc && !reasons.has(r.run)).map((r) => r.run);
    const count = all ? pool.length : Math.min(QA_SAMPLE_PER_PERIOD, pool.length);
    for (let k = 0; k < count; k++) {
      const j = k + Math.floor(rng.float() * (pool.length - k));
      [pool[k], pool[j]] = [pool[j], pool[k]];
      add(pool[k], 'sample');
    }
  }
  if (all) for (const r of runs) if (!reasons.has(r.run)) add(r.run, 'sample');
  return { references, runs: [...reasons].sort((a, b) => a[0] - b[0]).map(([run, why]) => ({ run, reasons: why })) };
}
