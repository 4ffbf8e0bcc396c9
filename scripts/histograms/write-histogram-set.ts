import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HISTOGRAM_FILES, HISTOGRAM_INDEX_FORMAT, type HistogramIndex, type HistogramReport } from '../../src/contract/histogram-contract.js';
import { HistogramExtractError } from './HistogramExtractError.js';
import { histogramMessages } from './histogram-messages.js';

const RUN_FILE = /^\d+\.json$/;

/** Where the set is built before it replaces the output folder, and where the previous set waits meanwhile. */
export const stagingOf = (out: string) => `${out}.staging`;
export const previousOf = (out: string) => `${out}.previous`;

/** True when `dir` is absent, empty, or holds a histogram set (index.json of our format, report.json and <run>.json files only). */
async function isReplaceable(dir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT';
  }
  if (names.length === 0) return true;
  if (!names.every((n) => n === HISTOGRAM_FILES.index || n === HISTOGRAM_FILES.report || RUN_FILE.test(n))) return false;
  try {
    const index = JSON.parse(await readFile(path.join(dir, HISTOGRAM_FILES.index), 'utf8')) as { format?: unknown };
    return index.format === HISTOGRAM_INDEX_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Prepares to write a histogram set into `out`: refuses (HistogramExtractError,
 * nothing touched) an `out` that exists and is not a histogram set, finishes
 * a swap a crash interrupted (the previous set is put back), clears a
 * leftover staging folder, and returns the fresh staging folder to write into.
 */
export async function openHistogramSet(out: string): Promise<string> {
  if (!(await isReplaceable(out))) throw new HistogramExtractError(histogramMessages.outputUnsafe(out));
  const previous = previousOf(out);
  if (!(await exists(out)) && (await exists(previous))) await rename(previous, out);
  await rm(previous, { recursive: true, force: true });
  const staging = stagingOf(out);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Writes one run's file into the staging folder. */
export function writeRunFile(staging: string, run: number, text: string): Promise<void> {
  return writeFile(path.join(staging, HISTOGRAM_FILES.run(run)), text);
}

/**
 * Writes index.json and report.json into the staging folder and swaps it in
 * for `out` with two renames (out → out.previous, staging → out), then drops
 * the previous set.
 */
export async function closeHistogramSet(out: string, staging: string, index: HistogramIndex, report: HistogramReport): Promise<void> {
  await writeFile(path.join(staging, HISTOGRAM_FILES.index), JSON.stringify(index) + '\n');
  await writeFile(path.join(staging, HISTOGRAM_FILES.report), JSON.stringify(report, null, 1) + '\n');
  const previous = previousOf(out);
  const hadOutput = await exists(out);
  if (hadOutput) await rename(out, previous);
  await mkdir(path.dirname(out), { recursive: true });
  await rename(staging, out);
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}

/** Removes the staging folder after a failure, leaving `out` as it was. */
export function abandonHistogramSet(staging: string): Promise<void> {
  return rm(staging, { recursive: true, force: true });
}

async function exists(p: string): Promise<boolean> {
  try {
    await readdir(p);
    return true;
  } catch {
    return false;
  }
}
