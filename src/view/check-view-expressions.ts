import { chartExpressions, isChartKind } from '../charts/kinds/registry';
import type { ColumnMeta } from '../contract/data-contract';
import { checkExpression } from './check-expression';
import { checkViewQa } from './check-view-qa';
import { chartItems } from './check-view-ids';
import type { ViewProblem } from './view-spec';

/**
 * Every expression a view holds, checked by the expression language: parsed,
 * and compiled against the data's columns when given. Today the charts' keys
 * listed in their kind's `expressionReads`, then the QA sections (aliases,
 * rules, statisticOK, reference and table columns: check-view-qa.ts).
 */
export function checkViewExpressions(json: unknown, columns?: readonly ColumnMeta[]): ViewProblem[] {
  const charts = chartItems(json).flatMap((chart, index) =>
    isChartKind(chart.kind) ? chartExpressions(chart.kind, chart).flatMap(({ key, source }) => checkExpression(source, ['charts', index, key], columns)) : [],
  );
  return [...charts, ...checkViewQa(json, columns)];
}
