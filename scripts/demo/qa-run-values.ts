import type { TreeSpec } from '../root-writer/write-root-file';
import type { DemoData } from './generate-demo';
import type { BeamType } from './periods';

/** What one run's QA histograms follow: its trending values by column (`meanMIP`, `dcar[2]`, `nEvents`…) and its collision system. */
export interface RunValues {
  run: number;
  period: string;
  beamType: BeamType;
  /** tpc tree values; undefined when the run is not in the tpc tree. */
  tpc?: ReadonlyMap<string, number>;
  /** evs tree values; undefined when the run is not in the evs tree. */
  evs?: ReadonlyMap<string, number>;
}

/** Column name → value for each run of a tree; a run entered twice keeps its last entry (the sources' "last" policy). */
function valuesByRun(tree: TreeSpec): Map<number, Map<string, number>> {
  const runBranch = tree.branches.find((b) => b.name === 'run')!;
  const out = new Map<number, Map<string, number>>();
  for (let entry = 0; entry < tree.entries; entry++) {
    const values = new Map<string, number>();
    for (const branch of tree.branches) {
      const size = (branch.shape ?? [1]).reduce((a, b) => a * b, 1);
      for (let e = 0; e < size; e++) {
        values.set(size === 1 && !branch.shape ? branch.name : `${branch.name}[${e}]`, Number(branch.values[entry * size + e]));
      }
    }
    out.set(Number(runBranch.values[entry]), values);
  }
  return out;
}

/**
 * Every run with a tpc or evs entry, in run order, with its values and its
 * period's collision system (from the truth's period ranges).
 */
export function runValues(data: DemoData): RunValues[] {
  const tpc = valuesByRun(data.tpc);
  const evs = valuesByRun(data.evs);
  const runs = [...new Set([...tpc.keys(), ...evs.keys()])].sort((a, b) => a - b);
  return runs.map((run) => {
    const period = data.truth.periods.find((p) => run >= p.firstRun && run <= p.lastRun)!;
    return { run, period: period.name, beamType: period.beamType, tpc: tpc.get(run), evs: evs.get(run) };
  });
}
