import type { ColumnMeta } from '../contract/data-contract';
import type { ReadAs, ReadRequest } from '../data/typed-table';
import type { ChartSpec, ViewProblem, ViewSpec } from './view-spec';
import { viewMessages } from './view-messages';

/** Each column a chart reads, with its JSON key and how it is read. */
export function chartColumns(chart: ChartSpec): { key: 'x' | 'y'; name: string; readAs: ReadAs }[] {
  switch (chart.kind) {
    case 'trend':
      return [{ key: 'y', name: chart.y, readAs: 'numeric' }];
    case 'histogram':
      return [{ key: 'x', name: chart.x, readAs: 'numeric' }];
    case 'row':
      return [{ key: 'x', name: chart.x, readAs: 'categorical' }];
    case 'scatter':
      return [
        { key: 'x', name: chart.x, readAs: 'numeric' },
        { key: 'y', name: chart.y, readAs: 'numeric' },
      ];
  }
}

/** Problems of a view against the data's columns: unknown names, text where numbers are needed. */
export function checkViewColumns(view: ViewSpec, columns: readonly ColumnMeta[]): ViewProblem[] {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const problems: ViewProblem[] = [];
  view.charts.forEach((chart, index) => {
    for (const { key, name, readAs } of chartColumns(chart)) {
      const path = `$.charts[${index}].${key}`;
      const meta = byName.get(name);
      if (!meta) problems.push({ kind: 'view-problem', path, message: viewMessages.unknownColumn(name, nearNames(name, columns)) });
      else if (readAs === 'numeric' && meta.sqlType === 'TEXT') {
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
    for (const { name, readAs } of chartColumns(chart)) {
      if (!plan.some((request) => request.name === name && request.readAs === readAs)) plan.push({ name, readAs });
    }
  }
  return plan;
}

/** Up to three column names sharing the unknown name's last part (case-insensitive). */
function nearNames(name: string, columns: readonly ColumnMeta[]): string[] {
  const tail = (text: string) => text.slice(text.lastIndexOf('.') + 1).toLowerCase();
  const wanted = tail(name);
  return columns.filter((column) => tail(column.name) === wanted).map((column) => column.name).slice(0, 3);
}
