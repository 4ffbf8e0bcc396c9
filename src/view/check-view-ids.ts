import { toJsonPath } from './json-path';
import { viewHints, viewMessages } from './view-messages';
import type { ViewProblem } from './view-spec';

/** A chart id used twice (the schema cannot say ids are unique): reported at the second use, naming the first. */
export function checkViewIds(json: unknown): ViewProblem[] {
  const charts = chartItems(json);
  const firstPath = new Map<string, string>();
  const problems: ViewProblem[] = [];
  charts.forEach((chart, index) => {
    if (typeof chart.id !== 'string') return;
    const first = firstPath.get(chart.id);
    if (first) {
      problems.push({ kind: 'view-problem', path: toJsonPath(['charts', index, 'id']), message: viewMessages.duplicateId(chart.id, first), hint: viewHints.uniqueId() });
    } else firstPath.set(chart.id, toJsonPath(['charts', index]));
  });
  return problems;
}

/** The chart list of a parsed view file, whatever else is wrong with it: objects kept in place, anything else as {}. */
export function chartItems(json: unknown): Record<string, unknown>[] {
  const charts = json !== null && typeof json === 'object' ? (json as Record<string, unknown>).charts : undefined;
  if (!Array.isArray(charts)) return [];
  return charts.map((chart) => (chart !== null && typeof chart === 'object' && !Array.isArray(chart) ? (chart as Record<string, unknown>) : {}));
}
