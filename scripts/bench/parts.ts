import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseOptions } from '../cli/parse-args';
import { formatRulesFigures, timeRules } from './rules-bench';
import { formatTableFigures, timeTable } from './table-bench';

/** Bench parts that run in this process, without a build or a browser, by name. */
export const BENCH_PARTS: Readonly<Record<string, (runs: number) => string[]>> = {
  rules: (runs) => [...formatRulesFigures(timeRules({ runs, now: () => performance.now() })), machineLoad()],
  table: (runs) => [...formatTableFigures(timeTable({ runs, now: () => performance.now() })), machineLoad()],
};

/**
 * Runs the in-process bench parts and prints their figures: the one named by
 * `--only NAME`, or all of them when there is no --only. Returns true when
 * the caller should stop there (--only named one of these parts); false to
 * go on with the rest of the bench (no --only, or one this registry does not
 * know). `--runs N` sets the run count (default 100000).
 */
export function runBenchParts(argv: readonly string[], print: (line: string) => void = console.log): boolean {
  const parsed = parseOptions(argv, ['--only', '--runs']);
  const values = parsed.kind === 'ok' ? parsed.values : new Map<string, string>();
  const only = values.get('--only');
  const runs = Number(values.get('--runs') ?? 100_000);
  const names = only === undefined ? Object.keys(BENCH_PARTS) : only in BENCH_PARTS ? [only] : [];
  for (const name of names) for (const line of BENCH_PARTS[name](runs)) print(line);
  return only !== undefined && only in BENCH_PARTS;
}

/** The machine's load when the figures were taken: they are wall-clock times on a shared machine. */
function machineLoad(): string {
  const [one] = loadavg();
  return `  (load average ${one.toFixed(1)} on ${cpus().length} cores while measuring: above the core count, figures are inflated)`;
}
