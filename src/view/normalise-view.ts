import { normaliseChart } from '../charts/kinds/registry';
import { normaliseLayout } from './layout-file';
import type { ViewFile } from './view-file';
import { toQaSpec } from './view-qa';
import type { ViewSpec } from './view-spec';

/** Title of a view whose file gives none. */
export const UNTITLED_VIEW = 'Untitled view';

/** The view file's keys that make its QA part. */
export const QA_KEYS = ['aliases', 'rules', 'statisticOK', 'reference', 'table'] as const satisfies readonly (keyof ViewFile)[];

/** A view file that passed every check, with its defaults filled in (each chart by its kind's module). */
export function normaliseView(file: ViewFile): ViewSpec {
  const charts = file.charts.map((chart) => normaliseChart(chart));
  const view = {
    title: file.title ?? UNTITLED_VIEW,
    description: file.description ?? '',
    charts,
    layouts: (file.layouts ?? []).map(normaliseLayout),
    referenceRun: file.referenceRun ?? null,
  };
  // A view with none of the QA sections (aliases, rules, statisticOK, reference, table) has no QA panel.
  const hasQa = QA_KEYS.some((key) => file[key] !== undefined);
  return hasQa ? { ...view, qa: toQaSpec(file, charts) } : view;
}
