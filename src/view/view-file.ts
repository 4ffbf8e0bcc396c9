import type { ChartFile } from '../charts/kinds/registry';
import type { LayoutFile } from './layout-file';

/*
 * The view file as a contributor writes it: the single source of
 * views/view.schema.json (`npm run schema` regenerates it from these types and
 * their doc comments; a test fails when the committed schema differs).
 * Add a field here with a doc comment, regenerate, and the schema, the
 * validators in the app and in `npm run check:views` all know it.
 */

/**
 * A RunLens view: what the dashboard shows, as one JSON file in `views/`,
 * opened with `?view=<file name without .json>`. Its charts are linked: a
 * filter set in one chart filters every other chart, never itself.
 */
export interface ViewFile {
  /** This schema, so editors complete and check the file: always `"./view.schema.json"`. */
  $schema: './view.schema.json';
  /**
   * Title shown in the header and in the view selector. Default: "Untitled view".
   * @minLength 1
   */
  title?: string;
  /** A sentence or two under the title: what the view is for, what to brush or click. */
  description?: string;
  /**
   * The charts, drawn in this order (at most 40; split a larger dashboard into several views).
   * @minItems 1
   * @maxItems 40
   */
  charts: ChartFile[];
  /**
   * Histogram layouts for one run (the Histograms panel's tabs, in this order): grids of pads drawing
   * the run's QA histograms from the build's `hist/` folder, with the reference run's overlaid.
   * @maxItems 20
   */
  layouts?: LayoutFile[];
  /**
   * The reference run whose histograms are overlaid on every pad by default (the panel can choose
   * another). Default: none, the overlay is off until a reference run is chosen.
   * @asType integer
   * @minimum 0
   */
  referenceRun?: number;
}
