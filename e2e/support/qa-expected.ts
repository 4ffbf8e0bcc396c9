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
