/*
 * Histogram layouts as a contributor writes them in a view file (part of
 * view-file.ts, hence of views/view.schema.json: doc comments become the
 * schema's descriptions). The app shows each layout as a tab of the
 * Histograms panel: a grid of pads, each drawing one histogram of the open
 * run (from the build's hist/ folder) with, when on, the reference run's.
 */

/** One pad of a layout: which histogram, how jsroot draws it. */
export interface PadFile {
  /**
   * Path of the histogram inside a run's QA file, as the build's `hist/index.json` lists it
   * (e.g. `TPC/dEdx_vs_p`); `npm run check:views` checks it against the built index.
   * @minLength 1
   * @maxLength 200
   */
  histogram: string;
  /**
   * jsroot draw option, e.g. `hist`, `e1`, `colz`, `lego2`. Default: `colz` for 2-D histograms, `hist` for 1-D.
   * @maxLength 40
   * @pattern ^[A-Za-z0-9 ;:_.,+-]*$
   */
  draw?: string;
  /** Logarithmic x axis. Default: false. */
  logx?: boolean;
  /** Logarithmic y axis. Default: false. */
  logy?: boolean;
  /** Logarithmic z axis (colour scale of 2-D histograms). Default: false. */
  logz?: boolean;
  /**
   * Title above the pad. Default: the histogram's own title.
   * @maxLength 120
   */
  title?: string;
}

/** A named grid of pads (`rows × cols`), shown as one tab. */
export interface LayoutFile {
  /**
   * Name on the tab, unique within the view (also what the page remembers as the open layout).
   * @minLength 1
   * @maxLength 60
   */
  name: string;
  /**
   * Rows of pads.
   * @asType integer
   * @minimum 1
   * @maximum 6
   */
  rows: number;
  /**
   * Pads per row.
   * @asType integer
   * @minimum 1
   * @maximum 6
   */
  cols: number;
  /**
   * The pads, row by row (at most rows × cols; the grid's remaining places stay empty).
   * @minItems 1
   * @maxItems 36
   */
  pads: PadFile[];
}

/** A pad with its defaults filled in: `draw` '' means the class's usual option, `title` '' the histogram's own. */
export type PadSpec = Required<PadFile>;

/** A layout as the app uses it, pads normalised. */
export interface LayoutSpec {
  name: string;
  rows: number;
  cols: number;
  pads: PadSpec[];
}

/** A layout file's pads with their defaults filled in. */
export function normaliseLayout(layout: LayoutFile): LayoutSpec {
  const pads = layout.pads.map((pad) => ({ draw: '', logx: false, logy: false, logz: false, title: '', ...pad }));
  return { name: layout.name, rows: layout.rows, cols: layout.cols, pads };
}
