import { chartColumns, isChartKind } from '../charts/kinds/registry';
import type { ColumnMeta } from '../contract/data-contract';
import type { ReadRequest } from '../data/typed-table';
import { chartItems } from './check-view-ids';
import { closestNames } from './closest-names';
import { toJsonPath } from './json-path';
import { viewHints, viewMessages } from './view-messages';
import type { ViewProblem, ViewSpec } from './view-spec';

/**
 * Problems of a parsed view file against the data's columns: unknown names
 * (with the closest existing ones), text where numbers are needed. Works on
 * the file as parsed, so it runs even when the file has other problems: every
 * chart of a known kind is checked, on each of its column keys holding a string.
 */
export function checkViewColumns(json: unknown, columns: readonly ColumnMeta[]): ViewProblem[] {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const names = columns.map((column) => column.name);
  const problems: ViewProblem[] = [];
  chartItems(json).forEach((chart, index) => {
    if (!isChartKind(chart.kind)) return;
    for (const { key, name, readAs } of chartColumns(chart.kind, chart)) {
      const path = toJsonPath(['charts', index, key]);
      const meta = byName.get(name);
      if (!meta) {
        const near = closestNames(name, names);
        problems.push({ kind: 'view-problem', path, message: viewMessages.unknownColumn(name), hint: near.length ? viewHints.didYouMean(near) : viewHints.columns() });
      } else if (readAs === 'numeric' && meta.sqlType === 'TEXT') {
        problems.push({ kind: 'view-problem', path, message: viewMessages.notNumeric(name, meta) });
      }
    }
  });
  return problems;
}

/**
 * The columns a view needs and how to read them, each pair once, in order of
 * first use (`run` first, as numbers). A column used both as numbers and as
 * categories is asked for both ways.
 */
export function viewReadPlan(view: ViewSpec): ReadRequest[] {
  const plan: ReadRequest[] = [{ name: 'run', readAs: 'numeric' }];
  for (const chart of view.charts) {
    for (const { name, readAs } of chartColumns(chart.kind, chart as unknown as Record<string, unknown>)) {
      if (!plan.some((request) => request.name === name && request.readAs === readAs)) plan.push({ name, readAs });
    }
  }
  return plan;
}
