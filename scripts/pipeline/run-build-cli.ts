import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isRootReadError } from '../root-reader/root-read-error';
import { isBuildError } from './build-error';
import { DATA_FILES } from '../../src/contract/data-contract';
import { buildData, type BuildDeps, type BuildOutputs } from './build-data';
import { formatSummary } from './format-summary';
import { loadSourcesFile } from './load-sources-file';
import { messages } from './messages';
import { parseCliArgs } from './parse-cli-args';
import { readSourceFile } from './read-source-file';
import type { ReadTree } from './read-root-source';
import { withOutputSet } from './open-output-set';
import { loadSqlJs } from './write-sqlite';

/** Exit codes of `npm run build:data`. */
export const EXIT = { ok: 0, fatal: 1, usage: 2, internal: 3 } as const;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readTree: ReadTree;
  clock: () => Date;
}

/** Runs the build from command-line arguments; returns the exit code. */
export async function runBuildCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.err(messages.badArgument(parsed.bad));
    io.err(messages.usage());
    return EXIT.usage;
  }
  const started = performance.now();
  try {
    const loaded = await loadSourcesFile(parsed.args.sources, (f) => readFile(f, 'utf8'));
    const outDir = parsed.args.out === null ? loaded.output : path.resolve(parsed.args.out);
    const config = { ...loaded, output: outDir };
    const deps: BuildDeps = { readTree: io.readTree, readFile: (f) => readSourceFile(f, config.maxFileBytes), clock: io.clock, log: io.out, sql: await loadSqlJs() };
    const protect = [config.file, process.cwd()];
    // The output path is checked (and an interrupted build's folders recovered) before any source is read.
    let outputs: BuildOutputs | undefined;
    await withOutputSet(outDir, { protect }, async (set) => {
      outputs = await buildData(config, deps, set);
      return outputs.manifestBytes;
    });
    const { manifest, report } = outputs!;
    io.out(messages.wroteOutput(outDir, [...manifest.files.map((f) => f.name), DATA_FILES.manifest]));
    for (const line of formatSummary(report)) io.out(line);
    io.out(messages.resources((performance.now() - started) / 1000, process.resourceUsage().maxRSS * 1024));
    return EXIT.ok;
  } catch (error) {
    return reportFailure(error, io.err);
  }
}

/** Prints a fatal error: message and hint for the build's and the reader's errors, the stack otherwise. */
function reportFailure(error: unknown, err: (line: string) => void): number {
  if (isBuildError(error)) {
    err(messages.fatal(error.message, error.hint));
    return EXIT.fatal;
  }
  if (isRootReadError(error)) {
    // The reader's message already ends with its hint.
    err(messages.fatal(error.message, error.message.includes(error.hint) ? '' : error.hint));
    return EXIT.fatal;
  }
  err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.internal;
}

