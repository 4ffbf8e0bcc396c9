import { chartExpressions, isChartKind } from '../charts/kinds/registry';
import type { ColumnMeta } from '../contract/data-contract';
import { checkExpression } from './check-expression';
import { chartItems } from './check-view-ids';
import type { ViewProblem } from './view-spec';

/**
 * Every expression a view holds, checked by the expression language: parsed,
 * and compiled against the data's columns when given. Today the charts' keys
 * listed in their kind's `expressionReads` (no kind has one yet); a new
 * top-level section holding expressions (aliases, rules) adds its own here.
 */
export function checkViewExpressions(json: unknown, columns?: readonly ColumnMeta[]): ViewProblem[] {
  return chartItems(json).flatMap((chart, index) =>
    isChartKind(chart.kind) ? chartExpressions(chart.kind, chart).flatMap(({ key, source }) => checkExpression(source, ['charts', index, key], columns)) : [],
  );
}
