import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseOptions } from '../cli/parse-args';
import { benchLayouts } from './layouts-bench';
import { formatRulesFigures, timeRules } from './rules-bench';
import { formatTableFigures, timeTable } from './table-bench';
import { benchTableScroll } from './table-scroll-bench';

type BenchPart = (runs: number, log: (line: string) => void) => string[] | Promise<string[]>;

/** Bench parts that run in this process, without a build or a browser, by name (all of them without --only). */
export const BENCH_PARTS: Readonly<Record<string, BenchPart>> = {
  rules: (runs) => [...formatRulesFigures(timeRules({ runs, now: () => performance.now() })), machineLoad()],
  table: (runs) => [...formatTableFigures(timeTable({ runs, now: () => performance.now() })), machineLoad()],
};

/**
 * Parts that build and open a browser, run here only when named by --only
 * (the whole bench runs them after its own sections): `layouts` builds the
 * demo and the site, opens histogram layouts in Chromium, then sizes the
 * 3,000-run demo's run files (see layouts-bench.ts); `table-scroll` opens
 * the 100,000-run page set on the tpc-qa view, scrolls the outlier table and
 * clicks its headers (see table-scroll-bench.ts).
 */
export const NAMED_PARTS: Readonly<Record<string, BenchPart>> = {
  layouts: async (_, log) => [...(await benchLayouts(log)), machineLoad()],
  'table-scroll': async (_, log) => [...(await benchTableScroll(log)), machineLoad()],
};

/**
 * Runs the registry's bench parts and prints their figures: the one named by
 * `--only NAME`, or all of them when there is no --only. Returns true when
 * the caller should stop there (--only named one of these parts); false to
 * go on with the rest of the bench (no --only, or one this registry does not
 * know). `--runs N` sets the run count (default 100000).
 */
export async function runBenchParts(argv: readonly string[], print: (line: string) => void = console.log): Promise<boolean> {
  const parsed = parseOptions(argv, ['--only', '--runs']);
  const values = parsed.kind === 'ok' ? parsed.values : new Map<string, string>();
  const only = values.get('--only');
  const runs = Number(values.get('--runs') ?? 100_000);
  if (only !== undefined && only in NAMED_PARTS) {
    for (const line of await NAMED_PARTS[only](runs, print)) print(line);
    return true;
  }
  const names = only === undefined ? Object.keys(BENCH_PARTS) : only in BENCH_PARTS ? [only] : [];
  for (const name of names) for (const line of await BENCH_PARTS[name](runs, print)) print(line);
  return only !== undefined && only in BENCH_PARTS;
}

/** The machine's load when the figures were taken: they are wall-clock times on a shared machine. */
function machineLoad(): string {
  const [one] = loadavg();
  return `  (load average ${one.toFixed(1)} on ${cpus().length} cores while measuring: above the core count, figures are inflated)`;
}
