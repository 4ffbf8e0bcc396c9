/**
 * Test helper: builds the demo data with the project's own build (the CLI,
 * into a temporary folder) and reads runlens.csv into a column table, text
 * columns (TEXT in the manifest) as categories. Values come from the CSV the
 * browser's users see, parsed here by papaparse, not from the app's loader.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { DataManifest } from '../../../src/contract/data-contract';
import { toCategorical } from '../../../src/data/to-categorical';
import type { ColumnTable } from '../../../src/expr/column-table';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface DemoData {
  table: ColumnTable;
  /** CSV cells by column name, '' for missing. */
  csv: Record<string, string>[];
  truth: DemoTruth;
  cleanup: () => Promise<void>;
}

export interface DemoTruth {
  outliers: { run: number; source: string; column: string; severity: 'clear' | 'moderate'; sigmas: number }[];
}

export async function buildDemo(): Promise<DemoData> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'runlens-demo-rules-'));
  await new Promise<void>((resolve, reject) => {
    execFile(path.join(REPO, 'node_modules', '.bin', 'tsx'), ['scripts/build-data.ts', '--sources', 'data/sources.json', '--out', out], { cwd: REPO }, (error, _stdout, stderr) =>
      error ? reject(new Error(`build:data failed: ${stderr}`)) : resolve());
  });
  const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as DataManifest;
  const parsed = Papa.parse<Record<string, string>>(await readFile(path.join(out, 'runlens.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  const csv = parsed.data;
  const numbers = new Map<string, { values: Float64Array }>();
  const categories = new Map<string, ReturnType<typeof toCategorical>>();
  for (const column of manifest.columns) {
    const cells = csv.map((row) => row[column.name]);
    if (column.sqlType === 'TEXT') categories.set(column.name, toCategorical(column.name, cells.map((c) => (c === '' ? null : c))));
    else numbers.set(column.name, { values: Float64Array.from(cells, (c) => (c === '' ? NaN : Number(c))) });
  }
  const truth = JSON.parse(await readFile(path.join(REPO, 'data', 'demo-truth.json'), 'utf8')) as DemoTruth;
  return { table: { size: csv.length, numbers, categories }, csv, truth, cleanup: () => rm(out, { recursive: true, force: true }) };
}
