import { demoMessages } from './demo-messages';
import { DEFAULT_DEMO_OPTIONS } from './generate-demo';

/** What make:demo was asked to do. */
export interface DemoArgs {
  /** Output folder (relative to the working directory). */
  out: string;
  runs: number;
  seed: number;
}

export type DemoArgsResult = { kind: 'ok'; args: DemoArgs } | { kind: 'bad-args'; message: string };

const MAX_RUNS = 10_000_000;

/** Parses `[--out DIR] [--runs N] [--seed S]` (also `--out=DIR`); defaults: data, 3000, 2018. */
export function parseDemoArgs(argv: readonly string[]): DemoArgsResult {
  const args: DemoArgs = { out: 'data', ...DEFAULT_DEMO_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const [option, inline] = argv[i].split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['--out', '--runs', '--seed'].includes(option)) return bad(demoMessages.unknownOption(argv[i]));
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return bad(demoMessages.missingValue(option));
    if (option === '--out') args.out = value;
    else if (option === '--runs') {
      if (!isWhole(value, 1, MAX_RUNS)) return bad(demoMessages.badRuns(value));
      args.runs = Number(value);
    } else {
      if (!isWhole(value, 0, 2 ** 32 - 1)) return bad(demoMessages.badSeed(value));
      args.seed = Number(value);
    }
  }
  return { kind: 'ok', args };
}

const bad = (message: string): DemoArgsResult => ({ kind: 'bad-args', message });

function isWhole(text: string, lo: number, hi: number): boolean {
  return /^\d+$/.test(text) && Number(text) >= lo && Number(text) <= hi;
}
