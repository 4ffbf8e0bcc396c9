import type { EventCounts } from './event-counts';
import { hasSource, type DemoSource } from './membership';
import type { PlannedRun } from './run-plan';
import type { TrendColumn } from './trend-column';
import type { TreeSpec } from '../root-writer/write-root-file';
import { assembleTree, type BranchSource, type EntrySource } from './tree-specs';
import type { TrendVariable } from './variables';

/** Tree names inside the demo ROOT files (shared agreement 4). */
export const DEMO_TREES = { tpc: 'tpcQA', evs: 'trending' } as const;

/** Everything the two demo trees are made of, one value per planned run. */
export interface TreeInputs {
  runs: readonly PlannedRun[];
  masks: Uint8Array;
  columns: readonly TrendColumn[];
  counts: EventCounts;
  /** The extra, repeated entry appended to the tpc tree. */
  repeat: EntrySource;
}

/**
 * The tpc tree (`tpcQA`: run, the TPC variables, entries) and the evs tree
 * (`trending`: run, nEvents, nEventsSelected, the event-selection variables),
 * each with one entry per run present in that source in run order; the tpc
 * tree ends with the repeated run's second entry.
 */
export function buildDemoTrees(inputs: TreeInputs): { tpc: TreeSpec; evs: TreeSpec } {
  const runNumbers = Float64Array.from(inputs.runs, (r) => r.run);
  const run: BranchSource = { name: 'run', type: 'Int_t', title: 'run number', elements: [runNumbers] };
  const { nEvents, nEventsSelected, entries } = inputs.counts;
  const tpc = [
    run,
    ...trendBranches(inputs.columns, 'tpc'),
    { name: 'entries', type: 'Int_t', title: 'number of tracks used', elements: [entries] } as const,
  ];
  const evs = [
    run,
    { name: 'nEvents', type: 'Long64_t', title: 'number of events', elements: [nEvents] } as const,
    { name: 'nEventsSelected', type: 'Long64_t', title: 'number of events passing physics selection', elements: [nEventsSelected] } as const,
    ...trendBranches(inputs.columns, 'evs'),
  ];
  return {
    tpc: assembleTree(DEMO_TREES.tpc, 'TPC QA trending (RunLens demo)', tpc, [...entriesOf(inputs, 'tpc'), inputs.repeat]),
    evs: assembleTree(DEMO_TREES.evs, 'event selection trending (RunLens demo)', evs, entriesOf(inputs, 'evs')),
  };
}

function entriesOf(inputs: TreeInputs, source: DemoSource): EntrySource[] {
  const out: EntrySource[] = [];
  inputs.masks.forEach((mask, index) => {
    if (hasSource(mask, source)) out.push({ index });
  });
  return out;
}

/** One branch per trending variable of the source, its elements gathered from the columns. */
function trendBranches(columns: readonly TrendColumn[], source: DemoSource): BranchSource[] {
  const byVariable = new Map<TrendVariable, Float64Array[]>();
  for (const { cell, values } of columns) {
    if (cell.variable.source !== source) continue;
    const list = byVariable.get(cell.variable) ?? [];
    list[cell.element] = values;
    byVariable.set(cell.variable, list);
  }
  return [...byVariable].map(([v, elements]) => ({ name: v.name, type: v.type, title: v.title, elements }));
}
