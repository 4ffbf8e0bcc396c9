import { readFileSync } from 'node:fs';
import type { CsvRow } from './expected-counts';

/**
 * What the QA panel should show, computed here from the CSV, the view file
 * and data/demo-truth.json, independently of src/flags: median and
 * 1.4826·MAD per period, the PhysAcc bands as written in the rules, the
 * injected outliers as the demo generator recorded them.
 */

interface ViewRule {
  name: string;
  level: string;
  expression: string;
}

/** The rules of views/<name>.json. */
export function viewRules(name: string): ViewRule[] {
  return (JSON.parse(readFileSync(new URL(`../../views/${name}.json`, import.meta.url), 'utf8')) as { rules: ViewRule[] }).rules;
}

/** The injected outliers of the demo (data/demo-truth.json). */
export function demoOutliers(): { run: number; source: string; column: string; severity: string; sigmas: number }[] {
  return (JSON.parse(readFileSync(new URL('../../data/demo-truth.json', import.meta.url), 'utf8')) as { outliers: ReturnType<typeof demoOutliers> }).outliers;
}

/** The variable of an Outlier rule `abs(nsigma(X)) > 6`. */
export function bandedVariable(rule: ViewRule): string | undefined {
  return /^abs\(nsigma\(([\w.[\]]+)\)\) > 6$/.exec(rule.expression)?.[1];
}

/** Runs where a PhysAcc rule `!inrange(X, lo, hi)` fires on the CSV (value present and outside [lo, hi]). */
export function physAccRuns(rows: readonly CsvRow[], rules: readonly ViewRule[]): Set<number> {
  const out = new Set<number>();
  for (const rule of rules.filter((r) => r.level === 'PhysAcc')) {
    const [, column, lo, hi] = /^!inrange\(([\w.]+), ([\d.]+), ([\d.]+)\)$/.exec(rule.expression)!;
    for (const row of rows) {
      if (row[column] === '') continue;
      const value = Number(row[column]);
      if (value < Number(lo) || value > Number(hi)) out.add(Number(row.run));
    }
  }
  return out;
}

/** Runs (ascending) whose status must be Outlier: a clear injected outlier in a variable an Outlier rule bands, and no PhysAcc rule firing. */
export function expectedOutlierRuns(rows: readonly CsvRow[], view: string): number[] {
  const rules = viewRules(view);
  const banded = new Set(rules.filter((r) => r.level === 'Outlier').map(bandedVariable));
  const physAcc = physAccRuns(rows, rules);
  const runs = demoOutliers().filter((o) => o.severity === 'clear' && banded.has(`${o.source}.${o.column}`)).map((o) => o.run);
  return [...new Set(runs)].filter((run) => !physAcc.has(run)).sort((a, b) => a - b);
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** nsigma of `column` for `run`: (x − median) / (1.4826·MAD) over the finite values of the run's period. */
export function nsigmaInPeriod(rows: readonly CsvRow[], column: string, run: number): number {
  const row = rows.find((r) => Number(r.run) === run)!;
  const values = rows.filter((r) => r['rct.period'] === row['rct.period'] && r[column] !== '').map((r) => Number(r[column])).sort((a, b) => a - b);
  const centre = median(values);
  const mad = median(values.map((v) => Math.abs(v - centre)).sort((a, b) => a - b));
  return (Number(row[column]) - centre) / (1.4826 * mad);
}

/** Runs of `rows` in the table's order when sorted by numeric `column`: ascending or descending, missing last, ties by run. */
export function sortedRuns(rows: readonly CsvRow[], column: string, direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [a[column], b[column]];
      if (x === '' || y === '') return x === y ? Number(a.run) - Number(b.run) : x === '' ? 1 : -1;
      return (Number(x) - Number(y)) * sign || Number(a.run) - Number(b.run);
    })
    .map((row) => Number(row.run));
}

const LEVELS = ['Warning', 'Outlier', 'PhysAcc', 'Bad'] as const;
type Logic = 0 | 1 | 2;
const NO = 0;
const YES = 1;
const NO_DATA = 2;

/** A rule's result per CSV row, for the rule shapes the demo view uses: `abs(nsigma(X)) > k`, `!inrange(X, lo, hi)`, `X > k`. */
function ruleResults(rows: readonly CsvRow[], expression: string): Logic[] {
  const banded = /^abs\(nsigma\(([\w.]+)\)\) > ([\d.]+)$/.exec(expression);
  if (banded) {
    const [, column, k] = banded;
    const bands = new Map<string, { centre: number; sigma: number }>();
    for (const period of new Set(rows.map((r) => r['rct.period']).filter((p) => p !== ''))) {
      const values = rows.filter((r) => r['rct.period'] === period && r[column] !== '').map((r) => Number(r[column])).sort((a, b) => a - b);
      const centre = median(values);
      bands.set(period, { centre, sigma: 1.4826 * median(values.map((v) => Math.abs(v - centre)).sort((a, b) => a - b)) });
    }
    return rows.map((row) => {
      const band = bands.get(row['rct.period']);
      if (!band || row[column] === '' || !(band.sigma > 0)) return NO_DATA;
      return Math.abs((Number(row[column]) - band.centre) / band.sigma) > Number(k) ? YES : NO;
    });
  }
  const range = /^!inrange\(([\w.]+), ([\d.]+), ([\d.]+)\)$/.exec(expression);
  if (range) {
    const [, column, lo, hi] = range;
    return rows.map((row) => (row[column] === '' ? NO_DATA : Number(row[column]) < Number(lo) || Number(row[column]) > Number(hi) ? YES : NO));
  }
  const above = /^([\w.]+) (>|>=) ([\d.]+)$/.exec(expression);
  if (above) {
    const [, column, op, k] = above;
    return rows.map((row) => (row[column] === '' ? NO_DATA : (op === '>' ? Number(row[column]) > Number(k) : Number(row[column]) >= Number(k)) ? YES : NO));
  }
  throw new Error(`qa-expected: no plain computation for the rule ${JSON.stringify(expression)}; add one`);
}

/**
 * Each CSV row's status under `rules` and `statisticOK` (`X >= k`): the most
 * severe level fired; Good when every rule is false and statisticOK true;
 * otherwise Null.
 */
export function expectedStatuses(rows: readonly CsvRow[], rules: readonly ViewRule[], statisticOK: string | undefined): string[] {
  const results = rules.map((rule) => ({ level: LEVELS.indexOf(rule.level as (typeof LEVELS)[number]), fired: ruleResults(rows, rule.expression) }));
  // A view without statisticOK judges every run.
  const ok = statisticOK === undefined ? rows.map(() => YES) : ruleResults(rows, statisticOK);
  return rows.map((_, i) => {
    const fired = results.filter((r) => r.fired[i] === YES).map((r) => r.level);
    if (fired.length) return LEVELS[Math.max(...fired)];
    return results.every((r) => r.fired[i] === NO) && ok[i] === YES ? 'Good' : 'Null';
  });
}

/** The view's statisticOK (undefined when it has none). */
export function viewStatisticOK(name: string): string | undefined {
  return (JSON.parse(readFileSync(new URL(`../../views/${name}.json`, import.meta.url), 'utf8')) as { statisticOK?: string }).statisticOK;
}

/** Runs per status. */
export function countStatuses(statuses: readonly string[]): Map<string, number> {
  const counts = new Map(['Good', ...LEVELS, 'Null'].map((s) => [s, 0]));
  for (const s of statuses) counts.set(s, counts.get(s)! + 1);
  return counts;
}
