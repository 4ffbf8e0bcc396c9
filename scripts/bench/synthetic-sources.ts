import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../demo/prng';
import type { BranchSpec } from '../root-writer/spec';
import { writeRootFile } from '../root-writer/write-root-file';

/** A generated trending set: one wide or long ROOT source plus a run-condition CSV. */
export interface SyntheticSpec {
  runs: number;
  /** Data columns of the ROOT tree (branches besides `run`). */
  branches: number;
  /** Names for some branches (placed at even spacing through the tree); the others are `v<i>`. */
  named?: string[];
  /** ROOT files the runs are split into (in order), default 1. */
  files?: number;
  seed?: number;
}

/** What was written: the sources file and the files it names. */
export interface SyntheticSet {
  sourcesFile: string;
  rootFiles: string[];
  csvFile: string;
  /** Every column the build will make (`run` first). */
  columns: string[];
}

const FIRST_RUN = 500_000;
const PERIODS = ['LHC24a', 'LHC24b', 'LHC24c', 'LHC24d'];
const BEAMS = ['pp', 'Pb-Pb'];

/** The branch names: `named` spread evenly over the tree (first at 0, last at the end), `v<i>` elsewhere. */
export function branchNames(count: number, named: readonly string[] = []): string[] {
  const names = Array.from({ length: count }, (_, i) => `v${i}`);
  named.forEach((name, k) => {
    names[named.length === 1 ? 0 : Math.round((k * (count - 1)) / (named.length - 1))] = name;
  });
  return names;
}

/**
 * Writes a sources file in `dir` with a ROOT source `tpc` (tree `tpcQA`,
 * key `run`, `branches` Double_t branches, seeded values, a few NaN) split
 * over `files` files, and a CSV source `rct` (period, beamType), made by the
 * project's ROOT writer. Runs are FIRST_RUN, FIRST_RUN + 1, … Memory: one
 * file's values at a time.
 */
export function writeSyntheticSources(dir: string, spec: SyntheticSpec): SyntheticSet {
  mkdirSync(dir, { recursive: true });
  const rng = createRng(spec.seed ?? 2024, 'synthetic');
  const names = branchNames(spec.branches, spec.named);
  const files = spec.files ?? 1;
  const rootFiles: string[] = [];
  for (let f = 0; f < files; f++) {
    const from = Math.floor((f * spec.runs) / files);
    const to = Math.floor(((f + 1) * spec.runs) / files);
    const entries = to - from;
    const branches: BranchSpec[] = [{ name: 'run', type: 'Int_t', values: Float64Array.from({ length: entries }, (_, i) => FIRST_RUN + from + i) }];
    names.forEach((name, b) => {
      const values = new Float64Array(entries);
      const scale = 1 + (b % 97);
      for (let i = 0; i < entries; i++) values[i] = rng.chance(0.001) ? NaN : scale * (50 + rng.normal());
      branches.push({ name, type: 'Double_t', values });
    });
    const file = join(dir, `tpc-${f}.root`);
    writeFileSync(file, writeRootFile([{ name: 'tpcQA', entries, branches }], { fileName: `tpc-${f}.root`, basketEntries: 4000 }));
    rootFiles.push(file);
  }
  const csvFile = join(dir, 'rct.csv');
  const lines = ['run,period,beamType'];
  for (let i = 0; i < spec.runs; i++) lines.push(`${FIRST_RUN + i},${PERIODS[Math.floor((i * PERIODS.length) / spec.runs)]},${rng.pick(BEAMS)}`);
  writeFileSync(csvFile, `${lines.join('\n')}\n`);
  const sourcesFile = join(dir, 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify({
    output: 'out',
    sources: [
      { name: 'tpc', kind: 'root', files: rootFiles.map((p) => p.slice(dir.length + 1)), tree: 'tpcQA' },
      { name: 'rct', kind: 'csv', files: 'rct.csv' },
    ],
  }, null, 2));
  return { sourcesFile, rootFiles, csvFile, columns: ['run', ...names.map((n) => `tpc.${n}`), 'rct.period', 'rct.beamType'] };
}
