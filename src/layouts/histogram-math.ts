/*
 * Arithmetic on histograms in jsroot's object form (what JSROOT.parse gives
 * for a `<run>.json` entry): the cells are `fArray` with under- and
 * overflow, (nx + 2) × (ny + 2) of them, x fastest. Pure: every function
 * returns a new object and leaves its input as it was.
 */
import type { JsrootObject } from '../contract/histogram-contract';

/** How a 1-D pad compares the run with the reference run below the overlay. */
export type CompareMode = 'ratio' | 'difference';

type Cells = ArrayLike<number> & { length: number };

interface Axis {
  fNbins: number;
}

/** ROOT's colour index for red (kRed) and the dashed line style, for the reference run's overlay. */
export const REFERENCE_STYLE = { fLineColor: 632, fLineStyle: 2, fMarkerColor: 632 } as const;

/** ROOT's dark grey (kGray + 2) dotted line: the level a ratio (1) or difference (0) is read against. */
export const LEVEL_STYLE = { fLineColor: 922, fLineStyle: 3, fLineWidth: 1 } as const;

const cellsOf = (h: JsrootObject): Cells => (h.fArray as Cells | undefined) ?? [];
const bins = (h: JsrootObject, axis: 'fXaxis' | 'fYaxis'): number => (h[axis] as Axis | undefined)?.fNbins ?? 0;

/** True for a histogram drawn along one axis (TH1*, TProfile): those get a ratio or difference pad. */
export function isOneD(h: JsrootObject): boolean {
  return /^TH1[CSILFD]$/.test(h._typename) || h._typename === 'TProfile';
}

/** True for a profile (cells are sums of y, divided by fBinEntries when drawn): not rescaled, not compared. */
export function isProfile(h: JsrootObject): boolean {
  return h._typename.startsWith('TProfile');
}

/** Indexes of the in-range cells (no under- or overflow) of a 1-D or 2-D histogram. */
export function inRangeCells(h: JsrootObject): number[] {
  const nx = bins(h, 'fXaxis');
  const ny = h._typename.startsWith('TH2') || h._typename === 'TProfile2D' ? bins(h, 'fYaxis') : 0;
  const cells: number[] = [];
  if (ny === 0) for (let i = 1; i <= nx; i++) cells.push(i);
  else for (let j = 1; j <= ny; j++) for (let i = 1; i <= nx; i++) cells.push(j * (nx + 2) + i);
  return cells;
}

/** Sum of the in-range cells (ROOT's Integral() without options). */
export function integral(h: JsrootObject): number {
  const cells = cellsOf(h);
  return inRangeCells(h).reduce((sum, i) => sum + (cells[i] ?? 0), 0);
}

/**
 * The reference run's histogram for the overlay: scaled to the run's
 * integral (cells by the factor, errors squared by its square), drawn red
 * and dashed. A profile, or a reference whose integral is 0, keeps its
 * scale. Returns the factor used too.
 */
export function referenceOverlay(reference: JsrootObject, run: JsrootObject): { overlay: JsrootObject; factor: number } {
  const refIntegral = integral(reference);
  const factor = isProfile(reference) || refIntegral === 0 ? 1 : integral(run) / refIntegral;
  const scale = (values: unknown, by: number) => Array.from((values as Cells | undefined) ?? [], (v) => v * by);
  const overlay: JsrootObject = { ...reference, ...REFERENCE_STYLE, fArray: Float64Array.from(scale(reference.fArray, factor)) };
  if (!isProfile(reference)) overlay.fSumw2 = scale(reference.fSumw2, factor * factor);
  return { overlay, factor };
}

/**
 * The run compared with the (already scaled) reference, cell by cell, as a
 * histogram of the run's class and axes: run / reference (0 where the
 * reference is 0), or run − reference. Undefined when the two do not have
 * the same number of cells or are not plain 1-D histograms.
 */
export function compareWithReference(run: JsrootObject, overlay: JsrootObject, mode: CompareMode): JsrootObject | undefined {
  if (!isOneD(run) || isProfile(run) || run._typename !== overlay._typename) return undefined;
  const a = cellsOf(run);
  const b = cellsOf(overlay);
  if (a.length !== b.length) return undefined;
  const values = Array.from(a, (v, i) => (mode === 'ratio' ? (b[i] === 0 ? 0 : v / b[i]) : v - b[i]));
  const yAxis = { ...(run.fYaxis as object), fTitle: mode === 'ratio' ? 'run / reference' : 'run − reference' };
  return { ...run, fName: `${String(run.fName ?? '')}_${mode}`, fTitle: '', fYaxis: yAxis, fArray: Float64Array.from(values), fSumw2: [], fMinimum: -1111, fMaximum: -1111 };
}

/** The level a comparison is read against: 1 for a ratio, 0 for a difference. */
export function compareLevel(mode: CompareMode): number {
  return mode === 'ratio' ? 1 : 0;
}

/**
 * A line at the comparison's level (see compareLevel) across its x axis:
 * the compared histogram with every cell at that level and no errors, in
 * LEVEL_STYLE, to draw over it with `same hist`.
 */
export function levelLine(compared: JsrootObject, mode: CompareMode): JsrootObject {
  const level = compareLevel(mode);
  return { ...compared, ...LEVEL_STYLE, fName: `${String(compared.fName ?? '')}_level`, fArray: Float64Array.from(cellsOf(compared), () => level), fSumw2: [] };
}
