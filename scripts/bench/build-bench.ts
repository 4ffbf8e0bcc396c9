import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseBuildResources, parsePlainRead } from './parse-build-output';
import { runCapture } from './run-command';
import { writeSyntheticSources } from './synthetic-sources';

/** One build benchmark case: a generated trending set. */
export interface BuildCase {
  label: string;
  runs: number;
  /** Data columns in all: the ROOT tree has columns − 2 branches besides run, the CSV 2 (period, beamType). */
  columns: number;
  files: number;
}

export const BUILD_CASES: readonly BuildCase[] = [
  { label: '1,000,000 runs × 40 columns', runs: 1_000_000, columns: 40, files: 4 },
  { label: '5,000 runs × 10,000 columns', runs: 5_000, columns: 10_000, files: 1 },
];

/** What one case measured. */
export interface BuildFigures {
  label: string;
  generateMs: number;
  /** Wall time of the whole build process, tsx start included. */
  buildMs: number;
  /** As the build printed it: its own time and peak resident memory. */
  buildSeconds: number;
  buildPeakBytes: number;
  plainReadMs: number;
  plainReadPeakBytes: number;
  sizes: { name: string; bytes: number }[];
}

const tsx = (script: string, ...args: string[]) => ['tsx', `scripts/${script}`, ...args];

/**
 * Generates the case's set with the project's ROOT writer, builds it with
 * build:data (its own figures parsed from its last line) and reads the same
 * trees with plain jsroot in a child process of its own.
 */
export function measureBuildCase(work: string, c: BuildCase, log: (line: string) => void): BuildFigures {
  const dir = join(work, c.label.replace(/[^0-9a-z]+/gi, '-'));
  log(`bench: generating ${c.label} with the ROOT writer…`);
  const t0 = performance.now();
  const set = writeSyntheticSources(dir, { runs: c.runs, branches: c.columns - 2, files: c.files });
  const generateMs = performance.now() - t0;
  log(`bench: build:data ${c.label}…`);
  const out = join(dir, 'out');
  const build = runCapture('npx', tsx('build-data.ts', '--sources', set.sourcesFile, '--out', out), `build:data ${c.label}`);
  const resources = parseBuildResources(build.stdout);
  if (!resources) throw new Error(`bench: build:data ${c.label} printed no resources line`);
  log(`bench: plain jsroot read of ${c.label}…`);
  const plain = parsePlainRead(runCapture('npx', tsx('bench/plain-read-main.ts', 'tpcQA', ...set.rootFiles), `plain read ${c.label}`).stdout);
  if (plain.entries !== c.runs) throw new Error(`bench: plain read of ${c.label} gave ${plain.entries} entries, not ${c.runs}`);
  const sizes = ['runlens.sqlite', 'runlens.csv', 'manifest.json'].map((name) => ({ name, bytes: statSync(join(out, name)).size }));
  return {
    label: c.label, generateMs, buildMs: build.ms, buildSeconds: resources.seconds, buildPeakBytes: resources.peakBytes,
    plainReadMs: plain.ms, plainReadPeakBytes: plain.peakBytes, sizes,
  };
}

/** The lines the benchmark prints for one case. */
export function formatBuildFigures(f: BuildFigures, fmtMs: (ms: number) => string, fmtBytes: (b: number) => string): string[] {
  const efficiency = f.plainReadMs / (f.buildSeconds * 1000);
  return [
    `\n[build: ${f.label}]`,
    `  generate (ROOT writer): ${fmtMs(f.generateMs)}`,
    `  build:data: ${fmtMs(f.buildSeconds * 1000)} (process wall time incl. tsx start ${fmtMs(f.buildMs)})`,
    `  build:data peak memory (resident set): ${fmtBytes(f.buildPeakBytes)} (target ≤ 2 GiB)`,
    `  plain jsroot read of the same trees: ${fmtMs(f.plainReadMs)}, peak ${fmtBytes(f.plainReadPeakBytes)}`,
    `  plain read / build time: ${efficiency.toFixed(2)} (target ≥ 0.8; build / plain read = ${(1 / efficiency).toFixed(2)})`,
    `  outputs: ${f.sizes.map((s) => `${s.name} ${fmtBytes(s.bytes)}`).join(', ')}`,
  ];
}
