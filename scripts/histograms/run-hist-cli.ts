import path from 'node:path';
import type { HistogramIndex, HistogramReport } from '../../src/contract/histogram-contract.js';
import { extractRunHistograms } from './extract-run-histograms.js';
import { HistogramExtractError } from './HistogramExtractError.js';
import { histogramMessages as m } from './histogram-messages.js';
import { parseHistArgs } from './parse-hist-args.js';
import { readExpectedRuns } from './read-expected-runs.js';
import { abandonHistogramSet, closeHistogramSet, openHistogramSet, writeRunFile } from './write-histogram-set.js';

/** Exit codes of `npm run build:hist`. */
export const HIST_EXIT = { ok: 0, fatal: 1, usage: 2, internal: 3 } as const;

export interface HistCliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Milliseconds, for the timings printed. */
  now: () => number;
}

/** Files between two progress lines. */
const PROGRESS_EVERY = 500;

/** The summary lines: totals, run-file sizes, report counts by kind. */
export function summaryLines(index: HistogramIndex, report: HistogramReport, seconds: number): string[] {
  const sizes = index.runs.map((r) => r.bytes).sort((a, b) => a - b);
  const lines = [m.summary(index.totals.runs, index.totals.histograms, index.totals.bytes, seconds)];
  if (sizes.length > 0) lines.push(m.sizes(sizes[0], sizes[sizes.length >> 1], sizes[sizes.length - 1]));
  const counts = new Map<string, number>();
  for (const e of report.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  if (counts.size > 0) lines.push(m.reportCounts([...counts]));
  return lines;
}

/**
 * `npm run build:hist`: extracts the histograms into a staging folder and
 * swaps it in for --out when everything went well; on a fatal problem the
 * previous set stays. Returns the exit code.
 */
export async function runHistCli(argv: readonly string[], io: HistCliIo): Promise<number> {
  const parsed = parseHistArgs(argv);
  if (parsed.kind === 'bad-args') {
    io.err(parsed.message);
    io.err(m.usage());
    return HIST_EXIT.usage;
  }
  const { source, histograms, out: outArg, expectRuns } = parsed.args;
  const out = path.resolve(outArg);
  let staging: string | undefined;
  try {
    const expectedRuns = expectRuns ? await readExpectedRuns(expectRuns) : undefined;
    staging = await openHistogramSet(out);
    const folder = staging;
    const start = io.now();
    const { index, report } = await extractRunHistograms({ source, histograms, expectedRuns }, {
      writeRun: (run, text) => writeRunFile(folder, run, text),
      onProgress: (done, total) => {
        if (done % PROGRESS_EVERY === 0 || done === total) io.out(m.progress(done, total, (io.now() - start) / 1000));
      },
    });
    await closeHistogramSet(out, folder, index, report);
    for (const line of summaryLines(index, report, (io.now() - start) / 1000)) io.out(line);
    io.out(m.wrote(out, index.runs.length + 2));
    return HIST_EXIT.ok;
  } catch (error) {
    if (staging) await abandonHistogramSet(staging);
    if (error instanceof HistogramExtractError) {
      io.err(error.message);
      return HIST_EXIT.fatal;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      io.err(m.writeFailed(out, (error as Error).message));
      return HIST_EXIT.fatal;
    }
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return HIST_EXIT.internal;
  }
}
