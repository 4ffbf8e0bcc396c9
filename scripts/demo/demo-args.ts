import { parseOptions } from '../cli/parse-args';
import { demoMessages } from './demo-messages';
import { DEFAULT_DEMO_OPTIONS } from './generate-demo';
import { QA_MODES, type QaMode } from './qa-files';

/** What make:demo was asked to do. */
export interface DemoArgs {
  /** Output folder (relative to the working directory). */
  out: string;
  runs: number;
  seed: number;
  /** Per-run QA files: the committed subset (default), one per run, or none. */
  qa: QaMode;
}

export type DemoArgsResult = { kind: 'ok'; args: DemoArgs } | { kind: 'bad-args'; message: string };

const MAX_RUNS = 10_000_000;

/** Parses `[--out DIR] [--runs N] [--seed S] [--qa subset|all|none]` (also `--out=DIR`); defaults: data, 3000, 2018, subset. */
export function parseDemoArgs(argv: readonly string[]): DemoArgsResult {
  const parsed = parseOptions(argv, ['--out', '--runs', '--seed', '--qa']);
  if (parsed.kind === 'unknown') return bad(demoMessages.unknownOption(parsed.arg));
  if (parsed.kind === 'missing-value') return bad(demoMessages.missingValue(parsed.option));
  const args: DemoArgs = { out: parsed.values.get('--out') ?? 'data', ...DEFAULT_DEMO_OPTIONS, qa: 'subset' };
  const runs = parsed.values.get('--runs');
  if (runs !== undefined) {
    if (!isWhole(runs, 1, MAX_RUNS)) return bad(demoMessages.badRuns(runs));
    args.runs = Number(runs);
  }
  const seed = parsed.values.get('--seed');
  if (seed !== undefined) {
    if (!isWhole(seed, 0, 2 ** 32 - 1)) return bad(demoMessages.badSeed(seed));
    args.seed = Number(seed);
  }
  const qa = parsed.values.get('--qa');
  if (qa !== undefined) {
    if (!QA_MODES.includes(qa as QaMode)) return bad(demoMessages.badQa(qa));
    args.qa = qa as QaMode;
  }
  return { kind: 'ok', args };
}

const bad = (message: string): DemoArgsResult => ({ kind: 'bad-args', message });

function isWhole(text: string, lo: number, hi: number): boolean {
  return /^\d+$/.test(text) && Number(text) >= lo && Number(text) <= hi;
}
