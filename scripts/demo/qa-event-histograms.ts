import type { HistogramSpec } from '../root-writer/write-histogram-file';
import type { BeamType } from './periods';
import type { Rng } from './prng';
import { binMid, densityCells, drawCounts, normalCells, poisson, type Binning } from './qa-binning';
import { need } from './qa-tpc-histograms';

/** TPC/vertexZ: primary vertex z of the events, a luminous region of 5.5 cm around the run's vertZ. */
export function vertexZ(values: ReadonlyMap<string, number> | undefined, events: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['vertZ']);
  if (!v) return undefined;
  const axis: Binning = { bins: 80, min: -20, max: 20 };
  return {
    path: 'TPC/vertexZ', type: 'TH1D', title: 'primary vertex z',
    x: { ...axis, title: 'v_{z} (cm)' }, y: { title: 'events' }, contents: drawCounts(normalCells(axis, v[0], 5.5), events, rng),
  };
}

/** Range and gamma shape of the track multiplicity per collision system. */
const MULTIPLICITY: Readonly<Record<BeamType, { axis: Binning; shape: number }>> = {
  pp: { axis: { bins: 50, min: 0, max: 50 }, shape: 1.6 },
  'p-Pb': { axis: { bins: 50, min: 0, max: 150 }, shape: 2 },
  'Pb-Pb': { axis: { bins: 60, min: 0, max: 1200 }, shape: 1.3 },
};

/** TPC/multiplicity: tracks per event, a gamma distribution whose mean is the run's meanMult. */
export function multiplicity(values: ReadonlyMap<string, number> | undefined, beam: BeamType, events: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['meanMult']);
  if (!v) return undefined;
  const { axis, shape } = MULTIPLICITY[beam];
  const scale = v[0] / shape;
  const density = (x: number) => (x <= 0 ? 0 : x ** (shape - 1) * Math.exp(-x / scale));
  // The share above the range, from the same density out to 6 times the range.
  const wide = densityCells({ bins: 6 * axis.bins, min: axis.min, max: 6 * axis.max }, density);
  const above = wide.subarray(axis.bins + 1).reduce((a, b) => a + b, 0);
  return {
    path: 'TPC/multiplicity', type: 'TH1D', title: 'track multiplicity',
    x: { ...axis, title: 'N_{tracks}' }, y: { title: 'events' }, contents: drawCounts(densityCells(axis, density, [0, above]), events, rng),
  };
}

/** ITS/tpcItsMatch_vs_eta: TPC–ITS matching per η bin, at the run's tpcItsMatchC for η < 0 and tpcItsMatchA for η > 0. */
export function matchingVsEta(values: ReadonlyMap<string, number> | undefined, tracks: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['tpcItsMatchA', 'tpcItsMatchC']);
  if (!v) return undefined;
  const axis: Binning = { bins: 18, min: -0.9, max: 0.9 };
  const sumwy = new Float64Array(axis.bins + 2);
  const binEntries = new Float64Array(axis.bins + 2);
  for (let i = 1; i <= axis.bins; i++) {
    const eta = binMid(axis, i);
    const efficiency = (eta > 0 ? v[0] : v[1]) * (1 - 0.04 * (eta / 0.9) ** 2);
    const n = poisson(tracks / axis.bins, rng);
    const matched = Math.min(n, Math.max(0, Math.round(n * efficiency + Math.sqrt(n * efficiency * (1 - efficiency)) * rng.normal())));
    binEntries[i] = n;
    sumwy[i] = matched; // y is 1 for a matched track, 0 otherwise: Σy = Σy² = matched
  }
  return {
    path: 'ITS/tpcItsMatch_vs_eta', type: 'TProfile', title: 'TPC-ITS matching efficiency vs #eta',
    x: { ...axis, title: '#eta' }, y: { title: 'matching efficiency' }, sumwy, sumwy2: sumwy, binEntries,
  };
}

const LAYERS = ['L0', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6'];
const LAYER_EFFICIENCY = [0.97, 0.96, 0.95, 0.9, 0.92, 0.93, 0.94];

/** ITS/clustersPerLayer: ITS clusters on matched tracks per layer, following the run's mean matching efficiency. */
export function clustersPerLayer(values: ReadonlyMap<string, number> | undefined, tracks: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['tpcItsMatchA', 'tpcItsMatchC']);
  if (!v) return undefined;
  const matched = (tracks * (v[0] + v[1])) / 2;
  const contents = Float64Array.from([0, ...LAYER_EFFICIENCY.map((e) => poisson(matched * e, rng)), 0]);
  return {
    path: 'ITS/clustersPerLayer', type: 'TH1F', title: 'ITS clusters on matched tracks per layer',
    x: { bins: 7, min: 0, max: 7, labels: LAYERS }, y: { title: 'clusters' }, contents,
  };
}

/** ITS/vertexXY: the beam spot in the transverse plane, 80 µm wide, at the run's (vertX, vertY). */
export function vertexXY(values: ReadonlyMap<string, number> | undefined, events: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['vertX', 'vertY']);
  if (!v) return undefined;
  const xAxis: Binning = { bins: 40, min: -0.11, max: 0.01 };
  const yAxis: Binning = { bins: 40, min: 0.26, max: 0.38 };
  const xs = normalCells(xAxis, v[0], 0.008);
  const ys = normalCells(yAxis, v[1], 0.008);
  const shares = new Float64Array(xs.length * ys.length);
  ys.forEach((y, iy) => xs.forEach((x, ix) => (shares[ix + xs.length * iy] = x * y)));
  return {
    path: 'ITS/vertexXY', type: 'TH2D', title: 'primary vertex in the transverse plane', option: 'colz',
    x: { ...xAxis, title: 'v_{x} (cm)' }, y: { ...yAxis, title: 'v_{y} (cm)' }, contents: drawCounts(shares, events, rng),
  };
}

/** EVS/triggerRate: the run's trigger rates (INT7, CENT, SEMICENT) with a 2 % uncertainty. */
export function triggerRate(values: ReadonlyMap<string, number> | undefined): HistogramSpec | undefined {
  const v = need(values, ['triggerRate[0]', 'triggerRate[1]', 'triggerRate[2]']);
  if (!v) return undefined;
  return {
    path: 'EVS/triggerRate', type: 'TH1D', title: 'trigger rates',
    x: { bins: 3, min: 0, max: 3, labels: ['INT7', 'CENT', 'SEMICENT'] }, y: { title: 'rate (Hz)' },
    contents: [0, ...v, 0], sumw2: [0, ...v.map((r) => (0.02 * r) ** 2), 0], entries: 3,
  };
}

/**
 * EVS/eventSelection: events recorded, passing the physics selection and
 * tagged as pile-up, from the run's nEvents and its fracPhysSel and
 * fracPileup (the trending values, so that an outlying fraction shows).
 */
export function eventSelection(values: ReadonlyMap<string, number> | undefined): HistogramSpec | undefined {
  const v = need(values, ['nEvents', 'fracPhysSel', 'fracPileup']);
  if (!v) return undefined;
  const [events, selected, pileup] = v;
  return {
    path: 'EVS/eventSelection', type: 'TH1F', title: 'event selection',
    x: { bins: 3, min: 0, max: 3, labels: ['all', 'physics selection', 'pile-up'] }, y: { title: 'events' },
    contents: [0, events, Math.round(events * selected), Math.round(events * pileup), 0], entries: events,
  };
}
