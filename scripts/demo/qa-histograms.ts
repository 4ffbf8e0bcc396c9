import type { HistogramSpec } from '../root-writer/write-histogram-file';
import { createRng } from './prng';
import { clustersPerLayer, eventSelection, matchingVsEta, multiplicity, triggerRate, vertexXY, vertexZ } from './qa-event-histograms';
import type { RunValues } from './qa-run-values';
import { dca, dedxMip, dedxVsP, foundOverFindable, nclusters, occupancy } from './qa-tpc-histograms';

/** One QA histogram of the demo: its path, class, the tree it follows and the columns its shape depends on. */
export interface QaHistogramInfo {
  path: string;
  type: HistogramSpec['type'];
  source: 'tpc' | 'evs';
  follows: readonly string[];
}

const dcaColumns = (name: string) => [0, 1, 2, 3].map((k) => `${name}[${k}]`);

/** The demo's QA histograms in file order (a run's file lacks those whose columns are missing for it). */
export const QA_HISTOGRAMS: readonly QaHistogramInfo[] = [
  { path: 'TPC/dEdx_vs_p', type: 'TH2F', source: 'tpc', follows: ['meanMIP', 'resolutionMIP', 'meanMIPele', 'resolutionMIPele'] },
  { path: 'TPC/dEdx_MIP', type: 'TH1F', source: 'tpc', follows: ['meanMIP', 'resolutionMIP', 'meanMIPele', 'resolutionMIPele'] },
  { path: 'TPC/nclusters', type: 'TH1F', source: 'tpc', follows: ['meanTPCncl'] },
  { path: 'TPC/foundOverFindable', type: 'TH1D', source: 'tpc', follows: ['meanTPCnclF'] },
  { path: 'TPC/occupancy', type: 'TH1F', source: 'tpc', follows: ['meanTPCncl'] },
  { path: 'TPC/DCA/dcaR', type: 'TH2F', source: 'tpc', follows: dcaColumns('dcar') },
  { path: 'TPC/DCA/dcaZ', type: 'TH2F', source: 'tpc', follows: dcaColumns('dcaz') },
  { path: 'TPC/vertexZ', type: 'TH1D', source: 'tpc', follows: ['vertZ'] },
  { path: 'TPC/multiplicity', type: 'TH1D', source: 'tpc', follows: ['meanMult'] },
  { path: 'ITS/tpcItsMatch_vs_eta', type: 'TProfile', source: 'tpc', follows: ['tpcItsMatchA', 'tpcItsMatchC'] },
  { path: 'ITS/clustersPerLayer', type: 'TH1F', source: 'tpc', follows: ['tpcItsMatchA', 'tpcItsMatchC'] },
  { path: 'ITS/vertexXY', type: 'TH2D', source: 'tpc', follows: ['vertX', 'vertY'] },
  { path: 'EVS/triggerRate', type: 'TH1D', source: 'evs', follows: ['triggerRate[0]', 'triggerRate[1]', 'triggerRate[2]'] },
  { path: 'EVS/eventSelection', type: 'TH1F', source: 'evs', follows: ['nEvents', 'fracPhysSel', 'fracPileup'] },
];

/** Tracks filled into a run's histograms: a 20th of the tracks its TPC QA used, within 2,000 … 50,000. */
export function qaTracks(entries: number): number {
  return Math.min(50_000, Math.max(2_000, Math.round(entries / 20)));
}

/**
 * The QA histograms of one run, in file order: TPC/ (dE/dx, clusters,
 * occupancy per sector, DCA/ per side and charge, vertex z, multiplicity),
 * ITS/ (matching vs η, clusters per layer, beam spot) from the tpc tree, and
 * EVS/ (trigger rates, event selection) from the evs tree. Each follows the
 * run's trending values; one whose values are missing (NaN, or the source
 * lacks the run) is left out, as a QA job that failed would leave it. Drawn
 * from the run's own seeded stream: same seed and run, same histograms.
 */
export function qaHistograms(values: RunValues, seed: number): HistogramSpec[] {
  const rng = createRng(seed, `qa:${values.run}`);
  const tracks = qaTracks(values.tpc?.get('entries') ?? 0);
  const events = Math.round(tracks / 2.5);
  const { tpc, evs } = values;
  const made = [
    dedxVsP(tpc, tracks, rng),
    dedxMip(tpc, tracks, rng),
    nclusters(tpc, tracks, rng),
    foundOverFindable(tpc, tracks, rng),
    occupancy(tpc, tracks, rng),
    dca(tpc, tracks, rng, 'R'),
    dca(tpc, tracks, rng, 'Z'),
    vertexZ(tpc, events, rng),
    multiplicity(tpc, values.beamType, events, rng),
    matchingVsEta(tpc, tracks, rng),
    clustersPerLayer(tpc, tracks, rng),
    vertexXY(tpc, events, rng),
    triggerRate(evs),
    eventSelection(evs),
  ];
  return made.filter((h): h is HistogramSpec => h !== undefined);
}
