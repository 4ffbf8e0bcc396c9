import { chartItems } from './check-view-ids';
import { toJsonPath } from './json-path';
import { viewHints, viewMessages } from './view-messages';
import type { ViewProblem } from './view-spec';

/**
 * A trend that opens on the time axis (`"x": "time"`) without a `time`
 * column: the schema allows it, but the chart could only open on run number.
 * Reported at the chart's `x`.
 */
export function checkTrendAxes(json: unknown): ViewProblem[] {
  const problems: ViewProblem[] = [];
  chartItems(json).forEach((chart, index) => {
    if (chart.kind !== 'trend' || chart.x !== 'time' || chart.time !== undefined) return;
    const id = typeof chart.id === 'string' ? chart.id : `#${index}`;
    problems.push({ kind: 'view-problem', path: toJsonPath(['charts', index, 'x']), message: viewMessages.timeAxisWithoutTime(id), hint: viewHints.timeColumn() });
  });
  return problems;
}
