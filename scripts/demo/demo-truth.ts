import type { ConditionRow } from './conditions';
import { DEMO_SOURCES, sourcesOf, type DemoSource } from './membership';
import type { MissingCount } from './missing';
import type { InjectedOutlier } from './outliers';
import type { BeamType, PeriodPlan } from './periods';
import type { PlannedRun } from './run-plan';
import { SCALER_COLUMN, type WrappedCount } from './scaler-counts';
import type { DemoSentinels } from './sentinels';
import type { EntrySource } from './tree-specs';

/** What the demo data holds by construction: the answers the build and the app should find. */
export interface DemoTruth {
  seed: number;
  /** Distinct runs over all sources. */
  runs: number;
  periods: { name: string; beamType: BeamType; pass: string; firstRun: number; lastRun: number; runs: number }[];
  /** Entries (rows) per source, and distinct runs per source. */
  entries: Record<DemoSource, number>;
  sourceRuns: Record<DemoSource, number>;
  /** Runs not in every source, by run. */
  partialRuns: { run: number; presentIn: DemoSource[] }[];
  /** Runs in exactly one source. */
  oneSourceRuns: { run: number; source: DemoSource }[];
  /** The one run that appears twice in one source: entry indices in read order, branches that differ. */
  repeatedRun: { source: DemoSource; run: number; entries: [number, number]; differing: string[] };
  outliers: InjectedOutlier[];
  /** Missing values per column (NaN in the trees, empty cells in the CSV; sentinel cells included). */
  missing: MissingCount[];
  /** Missing values the tpc file holds as -999 (declared in sources.json "missing"), by entry and run. */
  sentinels: DemoSentinels[];
  /** Counts wrapped round 2^32 in the run-condition CSV (reported by the build as 'wrapped-value', kept as they are). */
  wrapped: { source: 'rct'; column: string; runs: WrappedCount[] };
}

export interface TruthInputs {
  seed: number;
  runs: readonly PlannedRun[];
  periods: readonly PeriodPlan[];
  masks: Uint8Array;
  conditions: readonly ConditionRow[];
  repeat: EntrySource;
  outliers: InjectedOutlier[];
  missing: MissingCount[];
  sentinels: DemoSentinels;
  wrapped: WrappedCount[];
}

/** Gathers the truth from what the generator decided. */
export function buildTruth(t: TruthInputs): DemoTruth {
  const count = (source: DemoSource): number => t.runs.filter((_, i) => sourcesOf(t.masks[i]).includes(source)).length;
  const sourceRuns = { tpc: count('tpc'), evs: count('evs'), rct: count('rct') };
  const partialRuns = t.runs
    .map((r, i) => ({ run: r.run, presentIn: sourcesOf(t.masks[i]) }))
    .filter((p) => p.presentIn.length < DEMO_SOURCES.length);
  const tpcIndex = t.runs.filter((_, i) => sourcesOf(t.masks[i]).includes('tpc')).findIndex((r) => r.run === t.runs[t.repeat.index].run);
  return {
    seed: t.seed,
    runs: t.runs.length,
    periods: t.periods.map((p, k) => {
      const mine = t.runs.filter((r) => r.period === k);
      return { name: p.name, beamType: p.beamType, pass: p.pass, firstRun: mine[0]?.run ?? 0, lastRun: mine[mine.length - 1]?.run ?? 0, runs: mine.length };
    }),
    entries: { tpc: sourceRuns.tpc + 1, evs: sourceRuns.evs, rct: t.conditions.length },
    sourceRuns,
    partialRuns,
    oneSourceRuns: partialRuns.filter((p) => p.presentIn.length === 1).map((p) => ({ run: p.run, source: p.presentIn[0] })),
    repeatedRun: { source: 'tpc', run: t.runs[t.repeat.index].run, entries: [tpcIndex, sourceRuns.tpc], differing: [...(t.repeat.overrides?.keys() ?? [])] },
    outliers: t.outliers,
    missing: t.missing,
    sentinels: [t.sentinels],
    wrapped: { source: 'rct', column: SCALER_COLUMN, runs: t.wrapped },
  };
}
