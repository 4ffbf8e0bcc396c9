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
 * A view's alias names count as (numeric) columns; their own problems are
 * check-view-qa's.
 */
export function checkViewColumns(json: unknown, columns: readonly ColumnMeta[]): ViewProblem[] {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const aliases = aliasNames(json);
  const names = [...columns.map((column) => column.name), ...aliases];
  const problems: ViewProblem[] = [];
  chartItems(json).forEach((chart, index) => {
    if (!isChartKind(chart.kind)) return;
    for (const { key, name, readAs } of chartColumns(chart.kind, chart)) {
      const path = toJsonPath(['charts', index, key]);
      const meta = byName.get(name);
      if (!meta && aliases.includes(name) && readAs === 'numeric') continue;
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
  const aliases = new Set(view.qa?.aliases.map((alias) => alias.name));
  for (const chart of view.charts) {
    for (const { name, readAs } of chartColumns(chart.kind, chart as unknown as Record<string, unknown>)) {
      // An alias is computed from the columns it reads (qa-read-plan.ts), not read.
      if (aliases.has(name)) continue;
      if (!plan.some((request) => request.name === name && request.readAs === readAs)) plan.push({ name, readAs });
    }
  }
  return plan;
}

/** The alias names of a parsed view file (keys of `aliases` when it is an object). */
function aliasNames(json: unknown): string[] {
  const aliases = json !== null && typeof json === 'object' ? (json as Record<string, unknown>).aliases : undefined;
  return aliases !== null && typeof aliases === 'object' && !Array.isArray(aliases) ? Object.keys(aliases) : [];
}
