import type { ColumnMeta } from '../contract/data-contract';
import { checkTrendAxes } from './check-trend-axes';
import { checkCategoryValues, type CategoriesOf } from './check-view-categories';
import { checkViewExpressions } from './check-view-expressions';
import { checkViewColumns } from './check-view-columns';
import { checkViewIds } from './check-view-ids';
import { checkLayoutHistograms, checkViewLayouts } from './check-view-layouts';
import { normaliseView } from './normalise-view';
import { parseViewText } from './parse-view-text';
import { validateViewJson } from './validate-view';
import type { ViewFile } from './view-file';
import type { ViewProblem, ViewSpec } from './view-spec';

/** What a view is checked against: the data's columns, and (where the checker has them) each category column's values. */
export interface ViewData {
  columns: readonly ColumnMeta[];
  categoriesOf?: CategoriesOf;
  /** The histogram paths of the built histogram index (hist/index.json), when the data has one: layouts' pads are checked against it. */
  histogramPaths?: ReadonlySet<string>;
}

/** A checked view file: the normalised view when there is no problem, else every problem found. */
export interface CheckedView {
  view?: ViewSpec;
  problems: ViewProblem[];
}

/**
 * Checks that need the data, each over the parsed file as it is (so they run
 * whatever else is wrong). A new section of the view file that the data must
 * fit (aliases, rules, layouts) adds its check here; its expressions go
 * through checkExpression (check-expression.ts).
 */
const DATA_CHECKS: readonly ((json: unknown, data: ViewData) => ViewProblem[])[] = [
  (json, data) => checkViewColumns(json, data.columns),
  (json, data) => (data.categoriesOf ? checkCategoryValues(json, data.categoriesOf) : []),
  (json, data) => checkViewExpressions(json, data.columns),
  (json, data) => (data.histogramPaths ? checkLayoutHistograms(json, data.histogramPaths) : []),
];

/**
 * The one check of a view file, shared by the app, `npm run check:views` and
 * the Vite plugin: caps and JSON (parse-view-text), the schema (Ajv), unique
 * chart ids, a time axis with its time column, then, when `data` is given, the data checks.
 */
export function checkViewText(text: string, data?: ViewData): CheckedView {
  const parsed = parseViewText(text);
  return parsed.ok ? checkViewJson(parsed.json, data) : { problems: parsed.problems };
}

/** checkViewText for a file already parsed (and checked by parseViewText). */
export function checkViewJson(json: unknown, data?: ViewData): CheckedView {
  const problems = [...validateViewJson(json), ...checkViewIds(json), ...checkTrendAxes(json), ...checkViewLayouts(json)];
  if (data) for (const check of DATA_CHECKS) problems.push(...check(json, data));
  // Without the data, expressions are still parsed (the Vite build has no data to compile them against).
  else problems.push(...checkViewExpressions(json));
  return problems.length ? { problems: sortProblems(problems) } : { view: normaliseView(json as ViewFile), problems };
}

/** Problems in the order of their places in the file (`$.charts[2]` before `$.charts[10]`), stable within a place. */
export function sortProblems(problems: readonly ViewProblem[]): ViewProblem[] {
  return [...problems].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** The first `max` problems and how many more there are (lists shown to people are capped). */
export function capProblems(problems: readonly ViewProblem[], max: number): { shown: ViewProblem[]; more: number } {
  return { shown: problems.slice(0, max), more: Math.max(0, problems.length - max) };
}

/** One line per problem: `$.charts[1].x: names "…" — hint`. */
export function problemLine(problem: ViewProblem): string {
  return `${problem.path}: ${problem.message}${problem.hint ? ` — ${problem.hint}` : ''}`;
}
