import { normaliseChart } from '../charts/kinds/registry';
import type { ViewFile } from './view-file';
import { toQaSpec } from './view-qa';
import type { ViewSpec } from './view-spec';

/** Title of a view whose file gives none. */
export const UNTITLED_VIEW = 'Untitled view';

/** A view file that passed every check, with its defaults filled in (each chart by its kind's module). */
export function normaliseView(file: ViewFile): ViewSpec {
  const charts = file.charts.map((chart) => normaliseChart(chart));
  return { title: file.title ?? UNTITLED_VIEW, description: file.description ?? '', charts, qa: toQaSpec(file, charts) };
}
