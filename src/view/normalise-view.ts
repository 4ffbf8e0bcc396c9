import { normaliseChart } from '../charts/kinds/registry';
import { normaliseLayout } from './layout-file';
import type { ViewFile } from './view-file';
import type { ViewSpec } from './view-spec';

/** Title of a view whose file gives none. */
export const UNTITLED_VIEW = 'Untitled view';

/** A view file that passed every check, with its defaults filled in (each chart by its kind's module). */
export function normaliseView(file: ViewFile): ViewSpec {
  return {
    title: file.title ?? UNTITLED_VIEW,
    description: file.description ?? '',
    charts: file.charts.map((chart) => normaliseChart(chart)),
    layouts: (file.layouts ?? []).map(normaliseLayout),
    referenceRun: file.referenceRun ?? null,
  };
}
