import type { ColumnMeta } from '../contract/data-contract';
import { checkViewColumns } from '../view/check-view-columns';
import { toViewSpec } from '../view/to-view-spec';
import type { ViewProblem, ViewSpec } from '../view/view-spec';

/** A view file's JSON checked on its own and against the data's columns. */
export function prepareView(json: unknown, columns: readonly ColumnMeta[]): { view?: ViewSpec; problems: ViewProblem[] } {
  const normalised = toViewSpec(json);
  if (!normalised.view) return normalised;
  const problems = checkViewColumns(normalised.view, columns);
  return problems.length ? { problems } : normalised;
}

/** One line per problem: `$.charts[1].x: names "…"`. */
export function problemLines(problems: readonly ViewProblem[]): string[] {
  return problems.map((problem) => `${problem.path}: ${problem.message}`);
}
