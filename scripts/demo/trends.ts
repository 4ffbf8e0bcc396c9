import type { PeriodPlan } from './periods';
import { createRng, type Rng } from './prng';
import type { PlannedRun } from './run-plan';
import { cellName, type TrendVariable } from './variables';

/** One column of a trending tree: a scalar variable or one element of an array variable. */
export interface TrendCell {
  variable: TrendVariable;
  element: number;
  /** Name inside the source: `meanMIP`, `dcar[2]`. */
  name: string;
}

/** Every column of the given variables, in order (array elements in index order). */
export function trendCells(variables: readonly TrendVariable[]): TrendCell[] {
  return variables.flatMap((variable) =>
    Array.from({ length: variable.size }, (_, element) => ({ variable, element, name: cellName(variable, element) })),
  );
}

/** How one period moves a cell: a step, a linear drift and a slow wave (all in value units). */
interface PeriodShape {
  step: number;
  slope: number;
  wave: number;
  cycles: number;
  offset: number;
}

/**
 * Clean values (no outliers, nothing missing) of one cell for every planned run:
 * the level of the run's collision system, the period's step, a slow drift
 * across the period and run-to-run noise, kept inside the variable's limits and
 * stored at the precision of the branch type. Each cell draws from its own stream.
 */
export function trendValues(cell: TrendCell, runs: readonly PlannedRun[], periods: readonly PeriodPlan[], seed: number): Float64Array {
  const { variable, element } = cell;
  const rng = createRng(seed, `trend:${variable.source}.${cell.name}`);
  const shapes = periods.map((p) => periodShape(variable, element, p, rng));
  const out = new Float64Array(runs.length);
  const [lo, hi] = variable.limits;
  for (let i = 0; i < runs.length; i++) {
    const { period, phase } = runs[i];
    const beam = periods[period].beamType;
    const s = shapes[period];
    const drift = s.slope * (phase - 0.5) + s.wave * Math.sin(2 * Math.PI * (s.cycles * phase + s.offset));
    const value = variable.level[beam][element] + s.step + drift + variable.noise[beam][element] * rng.normal();
    out[i] = storedValue(Math.min(hi, Math.max(lo, value)), variable.type);
  }
  return out;
}

function periodShape(variable: TrendVariable, element: number, period: PeriodPlan, rng: Rng): PeriodShape {
  const noise = variable.noise[period.beamType][element];
  return {
    step: variable.step * noise * rng.normal(),
    slope: 2 * variable.drift * noise * rng.uniform(-1, 1),
    wave: 0.5 * variable.drift * noise * rng.uniform(0, 1),
    cycles: rng.uniform(0.5, 2),
    offset: rng.float(),
  };
}

/**
 * A value as the branch stores it: float32 for Float_t, 8 significant digits
 * for Double_t (so the demo files do not depend on the last bits of Math.sin).
 */
export function storedValue(value: number, type: TrendVariable['type']): number {
  if (Number.isNaN(value)) return value;
  return type === 'Float_t' ? Math.fround(value) : Number(value.toPrecision(8));
}
