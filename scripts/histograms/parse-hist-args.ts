import { parseOptions } from '../cli/parse-args.js';
import type { HistogramSource } from './extract-run-histograms.js';
import { histogramMessages as m } from './histogram-messages.js';

/** What `npm run build:hist` was asked to do. */
export interface HistArgs {
  source: HistogramSource;
  /** Paths and patterns, from a comma-separated list. */
  histograms: string[];
  /** Output folder (default public/hist). */
  out: string;
  /** A CSV file with a `run` column: runs without a file are reported. */
  expectRuns?: string;
}

export type HistArgsResult = { kind: 'ok'; args: HistArgs } | { kind: 'bad-args'; message: string };

export const DEFAULT_HIST_OUT = 'public/hist';
const KNOWN = ['--files', '--file', '--run-pattern', '--histograms', '--out', '--expect-runs'];

/**
 * Parses `--files GLOB[,GLOB…] | --file FILE`, `--run-pattern REGEX`,
 * `--histograms PATH[,PATH…]`, `[--out DIR]`, `[--expect-runs CSV]`
 * (each also as `--name=value`).
 */
export function parseHistArgs(argv: readonly string[]): HistArgsResult {
  const parsed = parseOptions(argv, KNOWN);
  if (parsed.kind === 'unknown') return bad(m.unknownOption(parsed.arg));
  if (parsed.kind === 'missing-value') return bad(m.missingValue(parsed.option));
  const get = (name: string) => parsed.values.get(name);
  const files = get('--files');
  const file = get('--file');
  if (files !== undefined && file !== undefined) return bad(m.bothSources());
  if (files === undefined && file === undefined) return bad(m.missingOption('--files or --file'));
  for (const required of ['--run-pattern', '--histograms']) if (get(required) === undefined) return bad(m.missingOption(required));
  const runPattern = get('--run-pattern')!;
  const source: HistogramSource = files !== undefined
    ? { kind: 'run-files', files: splitList(files), runPattern }
    : { kind: 'run-directories', file: file!, runPattern };
  const expectRuns = get('--expect-runs');
  return {
    kind: 'ok',
    args: { source, histograms: splitList(get('--histograms')!), out: get('--out') ?? DEFAULT_HIST_OUT, ...(expectRuns ? { expectRuns } : {}) },
  };
}

const bad = (message: string): HistArgsResult => ({ kind: 'bad-args', message });
const splitList = (text: string) => text.split(',').map((s) => s.trim()).filter((s) => s !== '');
