/** The histogram classes the writer produces. */
export type HistogramType = 'TH1F' | 'TH1D' | 'TH2F' | 'TH2D' | 'TProfile';

/**
 * One axis: `bins` equal bins on [min, max], or variable bins given by
 * `edges` (bins + 1 increasing values; min and max must then equal the first
 * and last edge). `labels` names the bins (one string per bin, '' for a bin
 * without label), stored as ROOT's fLabels (a THashList of TObjString).
 */
export interface AxisSpec {
  bins: number;
  min: number;
  max: number;
  edges?: ArrayLike<number>;
  title?: string;
  labels?: readonly string[];
  /** TAttAxis attributes; ROOT 6's defaults (510 divisions, font 42, sizes 0.035 …) when omitted. */
  attributes?: Partial<AxisAttributes>;
}

/** Drawing attributes of an axis (ROOT's TAttAxis); fonts and colours are ROOT codes. */
export interface AxisAttributes {
  ndivisions: number;
  axisColor: number;
  labelColor: number;
  labelFont: number;
  labelOffset: number;
  labelSize: number;
  tickLength: number;
  titleOffset: number;
  titleSize: number;
  titleColor: number;
  titleFont: number;
}

/**
 * ROOT's statistics sums (what TH1::Fill accumulates over the in-range bins).
 * Any sum left out is computed from the bin contents at the bin centres, as
 * ROOT's TH1::GetStats does when the sums are missing.
 */
export interface HistogramStats {
  tsumw: number;
  tsumw2: number;
  tsumwx: number;
  tsumwx2: number;
  /** TH2 and TProfile only. */
  tsumwy: number;
  tsumwy2: number;
  /** TH2 only. */
  tsumwxy: number;
}

/** Line, fill and marker attributes (TAttLine, TAttFill, TAttMarker); ROOT's defaults when omitted. */
export interface HistogramStyle {
  lineColor: number;
  lineStyle: number;
  lineWidth: number;
  fillColor: number;
  fillStyle: number;
  markerColor: number;
  markerStyle: number;
  markerSize: number;
}

/** Title and attributes of an axis that has no bins of its own (y of a 1-D histogram, z). */
export interface AxisLook {
  title?: string;
  attributes?: Partial<AxisAttributes>;
}

interface HistogramCommon {
  /** Where the histogram lives: `name` or `dir/sub/name`; directories are created as needed. */
  path: string;
  title?: string;
  /** fEntries; default: the sum of all cells (under- and overflow included), or of the bin entries for a TProfile. */
  entries?: number;
  stats?: Partial<HistogramStats>;
  style?: Partial<HistogramStyle>;
  /** fMaximum / fMinimum; default −1111 (ROOT's "not set"). */
  maximum?: number;
  minimum?: number;
  /** fOption, the histogram's stored option string (ROOT uses it as a default draw option). Default ''. */
  option?: string;
  /** The z axis (one bin on [0, 1]): only its title and attributes. */
  z?: AxisLook;
}

/**
 * TH1F / TH1D. `contents` holds every cell: index 0 is the underflow, 1…bins
 * the bins, bins + 1 the overflow. `sumw2` (same length) gives per-cell sums
 * of squared weights; omit it for unweighted fills (errors are then √content).
 */
export interface Histogram1DSpec extends HistogramCommon {
  type: 'TH1F' | 'TH1D';
  x: AxisSpec;
  /** The y axis (one bin on [0, 1]): only its title and attributes. */
  y?: AxisLook;
  contents: ArrayLike<number>;
  sumw2?: ArrayLike<number>;
}

/** TH2F / TH2D: `contents` has (x.bins + 2)(y.bins + 2) cells, x varying fastest (cell = ix + (x.bins + 2)·iy). */
export interface Histogram2DSpec extends HistogramCommon {
  type: 'TH2F' | 'TH2D';
  x: AxisSpec;
  y: AxisSpec;
  contents: ArrayLike<number>;
  sumw2?: ArrayLike<number>;
}

/** How a TProfile computes its bin errors (ROOT's EErrorType). */
export type ProfileErrorMode = 'mean' | 's' | 'i' | 'g';

/**
 * TProfile: per cell (under- and overflow included, x.bins + 2 of each) the
 * sum of w·y (`sumwy`, ROOT's fArray), of w·y² (`sumwy2`, fSumw2) and of w
 * (`binEntries`); `binSumw2` (Σw² per cell) only for weighted fills.
 */
export interface ProfileSpec extends HistogramCommon {
  type: 'TProfile';
  x: AxisSpec;
  /** Title of the y axis, and fYmin/fYmax (default 0, 0: no limits). */
  y?: AxisLook & { min?: number; max?: number };
  sumwy: ArrayLike<number>;
  sumwy2: ArrayLike<number>;
  binEntries: ArrayLike<number>;
  binSumw2?: ArrayLike<number>;
  errorMode?: ProfileErrorMode;
}

export type HistogramSpec = Histogram1DSpec | Histogram2DSpec | ProfileSpec;

/** Cells of an axis including under- and overflow. */
export function axisCells(axis: AxisSpec): number {
  return axis.bins + 2;
}

/** fNcells of a histogram: bins + 2 per dimension, multiplied. */
export function histogramCells(h: HistogramSpec): number {
  return h.type === 'TH2F' || h.type === 'TH2D' ? axisCells(h.x) * axisCells(h.y) : axisCells(h.x);
}
