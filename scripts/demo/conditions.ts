import { hasSource, SOURCE_BIT } from './membership';
import type { MissingCount } from './missing';
import type { BeamType, PeriodPlan } from './periods';
import type { Rng } from './prng';
import type { PlannedRun } from './run-plan';

export type Quality = 'Good' | 'Medium' | 'Bad';

/** One row of the demo Run Condition Table (data/demo-run-conditions.csv). null = empty cell. */
export interface ConditionRow {
  run: number;
  period: string;
  pass: string;
  beamType: BeamType;
  fill: number | null;
  /** Unix seconds UTC. */
  startTime: number;
  endTime: number;
  /** Seconds. */
  duration: number;
  /** Integrated luminosity, nb^-1. */
  lumi: number | null;
  quality: Quality | null;
  /** L0b trigger counts (CTP scalers); a few wrapped round 2^32 (scaler-counts.ts). 0 until addScalerCounts fills it. */
  l0bCounts: number;
}

/** CSV columns, in file order. */
export const CONDITION_COLUMNS: readonly (keyof ConditionRow)[] = [
  'run', 'period', 'pass', 'beamType', 'fill', 'startTime', 'endTime', 'duration', 'lumi', 'quality', 'l0bCounts',
];

/** Typical instantaneous luminosity (nb^-1 per second) of each collision system. */
const LUMI_RATE: Readonly<Record<BeamType, number>> = { pp: 2.6e-3, 'p-Pb': 5e-5, 'Pb-Pb': 1e-6 };

type BlankColumn = 'fill' | 'lumi' | 'quality';

/** Share of empty cells in the columns that may be empty. */
export const CONDITION_MISSING_RATES: Readonly<Record<BlankColumn, number>> = { fill: 0.005, lumi: 0.015, quality: 0.015 };

interface Context {
  runs: readonly PlannedRun[];
  periods: readonly PeriodPlan[];
  masks: Uint8Array;
  /** Runs with a clearly injected outlier: more often Bad or Medium. */
  troubled: ReadonlySet<number>;
}

/**
 * The run-condition rows of the runs present in the RCT, with luminosity from
 * duration × the collision system's typical rate, a quality that is mostly
 * Good (less often for runs with trouble in QA or with no QA at all) and a
 * few empty cells; also returns the number of empty cells per column.
 */
export function conditionRows(context: Context, rng: Rng): { rows: ConditionRow[]; missing: MissingCount[] } {
  const rows: ConditionRow[] = [];
  context.runs.forEach((r, i) => {
    if (!hasSource(context.masks[i], 'rct')) return;
    const p = context.periods[r.period];
    const duration = r.endTime - r.startTime;
    const lumi = Number((duration * LUMI_RATE[p.beamType] * rng.uniform(0.6, 1.2)).toPrecision(4));
    const qaMissing = context.masks[i] === SOURCE_BIT.rct;
    const quality = drawQuality(rng, qaMissing ? 0.6 : context.troubled.has(r.run) ? 0.5 : 0.04);
    rows.push({ run: r.run, period: p.name, pass: p.pass, beamType: p.beamType, fill: r.fill, startTime: r.startTime, endTime: r.endTime, duration, lumi, quality, l0bCounts: 0 });
  });
  return blankCells(rows, rng);
}

function drawQuality(rng: Rng, bad: number): Quality {
  const u = rng.float();
  return u < bad ? 'Bad' : u < bad + (1 - bad) * 0.1 ? 'Medium' : 'Good';
}

function blankCells(rows: readonly ConditionRow[], rng: Rng): { rows: ConditionRow[]; missing: MissingCount[] } {
  const counts = { fill: 0, lumi: 0, quality: 0 };
  const blank = <T>(value: T, column: BlankColumn): T | null => {
    if (!rng.chance(CONDITION_MISSING_RATES[column])) return value;
    counts[column] += 1;
    return null;
  };
  const out = rows.map((row) => ({ ...row, fill: blank(row.fill, 'fill'), lumi: blank(row.lumi, 'lumi'), quality: blank(row.quality, 'quality') }));
  const missing = (Object.keys(counts) as BlankColumn[]).map((column) => ({ source: 'rct', column, count: counts[column] }));
  return { rows: out, missing };
}
