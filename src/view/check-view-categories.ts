import { chartCategoryValues, isChartKind } from '../charts/kinds/registry';
import type { CategoryValue } from '../data/typed-table';
import { chartItems } from './check-view-ids';
import { closestNames } from './closest-names';
import { toJsonPath } from './json-path';
import { viewHints, viewMessages } from './view-messages';
import type { ViewProblem } from './view-spec';

/** The categories of a column in the data (null: missing), or undefined when the column is not known (reported elsewhere). */
export type CategoriesOf = (column: string) => readonly CategoryValue[] | undefined;

/** Category values a view names (a row chart's `selected`) that the data's column does not hold, with the closest that it does. */
export function checkCategoryValues(json: unknown, categoriesOf: CategoriesOf): ViewProblem[] {
  const problems: ViewProblem[] = [];
  chartItems(json).forEach((chart, index) => {
    if (!isChartKind(chart.kind)) return;
    for (const { key, index: at, value, column } of chartCategoryValues(chart.kind, chart)) {
      const known = categoriesOf(column);
      if (!known || known.includes(value)) continue;
      const near = closestNames(value, known.filter((category): category is string => category !== null));
      problems.push({
        kind: 'view-problem',
        path: toJsonPath(['charts', index, key, at]),
        message: viewMessages.unknownCategory(value, column),
        ...(near.length ? { hint: viewHints.didYouMean(near) } : {}),
      });
    }
  });
  return problems;
}

/** The columns whose category values a view names (what a checker must read from the data). */
export function namedCategoryColumns(json: unknown): string[] {
  const columns = chartItems(json).flatMap((chart) => (isChartKind(chart.kind) ? chartCategoryValues(chart.kind, chart).map((v) => v.column) : []));
  return [...new Set(columns)];
}
