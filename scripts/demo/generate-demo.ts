import { conditionRows, type ConditionRow } from './conditions';
import { buildDemoTrees } from './demo-trees';
import { buildTruth, type DemoTruth } from './demo-truth';
import { eventCounts, type CountInputs } from './event-counts';
import { IN_ALL_SOURCES, planMembership } from './membership';
import { injectMissing } from './missing';
import { injectOutliers } from './outliers';
import { planPeriods } from './periods';
import { createRng } from './prng';
import { repeatEntry } from './repeated-run';
import { addScalerCounts } from './scaler-counts';
import { planSentinels } from './sentinels';
import { planRuns, type PlannedRun } from './run-plan';
import type { TrendColumn } from './trend-column';
import type { TreeSpec } from '../root-writer/write-root-file';
import { trendCells, trendValues } from './trends';
import { TREND_VARIABLES } from './variables';

export interface DemoOptions {
  /** Any 32-bit integer; the same seed always gives the same data. */
  seed: number;
  /** Distinct runs over all sources. */
  runs: number;
}

export interface DemoData {
  tpc: TreeSpec;
  evs: TreeSpec;
  conditions: ConditionRow[];
  truth: DemoTruth;
}

export const DEFAULT_DEMO_OPTIONS: Readonly<DemoOptions> = { seed: 2018, runs: 3000 };

/**
 * The seeded demo data set: a 2018-like year of runs as the TPC QA tree, the
 * event-selection tree and the run-condition rows, with drifts, steps,
 * outliers, missing values (some written as the sentinel -999 in the tpc
 * file), wrapped scaler counts, partial runs and one repeated run, plus the truth
 * about all of them. Pure: no I/O, no clock, no Math.random.
 */
export function generateDemo(options: DemoOptions): DemoData {
  const { seed, runs: count } = options;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`generateDemo: runs must be a positive integer, got ${count}`);
  const periods = planPeriods(count);
  const runs = planRuns(periods, createRng(seed, 'runs'));
  const masks = planMembership(runs.length, createRng(seed, 'membership'));
  const clean = trendCells(TREND_VARIABLES).map((cell) => ({ cell, values: trendValues(cell, runs, periods, seed) }));
  const counts = eventCounts(runs, countInputs(clean, runs), createRng(seed, 'counts'));
  const blanked = injectMissing(clean, masks, createRng(seed, 'missing'));
  const moved = injectOutliers(blanked.columns, { runs, periods, masks }, createRng(seed, 'outliers'));
  const troubled = new Set(moved.outliers.filter((o) => o.severity === 'clear').map((o) => o.run));
  const rct = conditionRows({ runs, periods, masks, troubled }, createRng(seed, 'conditions'));
  const scalers = addScalerCounts(rct.rows, createRng(seed, 'scalers'));
  const outlierRuns = new Set(moved.outliers.map((o) => o.run));
  const candidates = runs.flatMap((r, i) => (masks[i] === IN_ALL_SOURCES && !outlierRuns.has(r.run) ? [i] : []));
  const repeat = repeatEntry(candidates, moved.columns, counts, createRng(seed, 'repeat'));
  const trees = buildDemoTrees({ runs, masks, columns: moved.columns, counts, repeat });
  const missing = [...blanked.missing, ...rct.missing];
  const sentinels = planSentinels(trees.tpc);
  const truth = buildTruth({ seed, runs, periods, masks, conditions: scalers.rows, repeat, outliers: moved.outliers, missing, sentinels, wrapped: scalers.wrapped });
  return { ...trees, conditions: scalers.rows, truth };
}

/** The clean columns event counts derive from: summed trigger rates, physics-selection fraction, multiplicity. */
function countInputs(clean: readonly TrendColumn[], runs: readonly PlannedRun[]): CountInputs {
  const column = (name: string): Float64Array => clean.find((c) => c.cell.name === name)?.values ?? new Float64Array(runs.length);
  const triggerRate = new Float64Array(runs.length);
  for (const c of clean) if (c.cell.variable.name === 'triggerRate') c.values.forEach((v, i) => (triggerRate[i] += v));
  return { triggerRate, fracPhysSel: column('fracPhysSel'), meanMult: column('meanMult') };
}
