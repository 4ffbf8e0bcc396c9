import { hasSource } from './membership';
import type { PeriodPlan } from './periods';
import type { Rng } from './prng';
import type { PlannedRun } from './run-plan';
import type { TrendColumn } from './trend-column';
import { storedValue } from './trends';

/** Share of runs that get outliers, and how far outliers sit (in units of the run-to-run noise). */
export const OUTLIER_RUN_SHARE = 0.03;
export const CLEAR_SHARE = 0.4;
export const CLEAR_SIGMAS: readonly [number, number] = [12, 25];
export const MODERATE_SIGMAS: readonly [number, number] = [4, 5.5];

export type OutlierSeverity = 'clear' | 'moderate';

/** One injected outlier: the value of `column` in `run` was moved by `sigmas` × noise. */
export interface InjectedOutlier {
  run: number;
  source: string;
  column: string;
  severity: OutlierSeverity;
  /** Signed shift in units of the column's run-to-run noise. */
  sigmas: number;
}

interface Context {
  runs: readonly PlannedRun[];
  periods: readonly PeriodPlan[];
  masks: Uint8Array;
}

/**
 * Copies of the columns where about 3 % of the runs (at least one) have 1–3
 * values moved away from their trend: 40 % clearly (12–25 σ), the rest
 * moderately (4–5.5 σ). Only values that exist (source present, not NaN, noise
 * above zero) are moved; a move that would leave the variable's limits goes the
 * other way. Runs are returned in increasing order.
 */
export function injectOutliers(columns: readonly TrendColumn[], context: Context, rng: Rng): { columns: TrendColumn[]; outliers: InjectedOutlier[] } {
  const out = columns.map(({ cell, values }) => ({ cell, values: values.slice() }));
  const outliers: InjectedOutlier[] = [];
  const runs = context.runs.length;
  const target = Math.max(1, Math.round(OUTLIER_RUN_SHARE * runs));
  const picked = new Set<number>();
  for (let tries = 0; picked.size < target && tries < 20 * target + 100; tries++) {
    const i = rng.int(0, runs - 1);
    if (picked.has(i)) continue;
    const eligible = out.filter((c) => isEligible(c, i, context));
    if (eligible.length === 0) continue;
    picked.add(i);
    const count = Math.min(eligible.length, rng.int(1, 3));
    for (let k = 0; k < count; k++) {
      const j = rng.int(k, eligible.length - 1);
      [eligible[k], eligible[j]] = [eligible[j], eligible[k]];
      outliers.push(moveValue(eligible[k], i, context, rng));
    }
  }
  outliers.sort((a, b) => a.run - b.run || a.source.localeCompare(b.source) || a.column.localeCompare(b.column));
  return { columns: out, outliers };
}

function noiseOf(column: TrendColumn, i: number, context: Context): number {
  const { variable, element } = column.cell;
  return variable.noise[context.periods[context.runs[i].period].beamType][element];
}

function isEligible(column: TrendColumn, i: number, context: Context): boolean {
  return hasSource(context.masks[i], column.cell.variable.source) && !Number.isNaN(column.values[i]) && noiseOf(column, i, context) > 0;
}

function moveValue(column: TrendColumn, i: number, context: Context, rng: Rng): InjectedOutlier {
  const { variable } = column.cell;
  const severity: OutlierSeverity = rng.chance(CLEAR_SHARE) ? 'clear' : 'moderate';
  const [lo, hi] = severity === 'clear' ? CLEAR_SIGMAS : MODERATE_SIGMAS;
  const noise = noiseOf(column, i, context);
  let sigmas = rng.uniform(lo, hi) * (rng.chance(0.5) ? 1 : -1);
  const moved = column.values[i] + sigmas * noise;
  if (moved < variable.limits[0] || moved > variable.limits[1]) sigmas = -sigmas;
  column.values[i] = storedValue(column.values[i] + sigmas * noise, variable.type);
  return { run: context.runs[i].run, source: variable.source, column: column.cell.name, severity, sigmas: Number(sigmas.toFixed(2)) };
}
