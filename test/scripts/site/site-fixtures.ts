import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBuildCli } from '../../../scripts/pipeline/run-build-cli';
import type { ReadTree } from '../../../scripts/pipeline/read-root-source';

/** The CSV of the tiny data set: 4 runs, a numeric and a category column. */
export const TINY_CSV = 'run,mult,quality\n1,10.5,Good\n2,11,Bad\n3,,Good\n4,12.25,Medium\n';

const noRoot: ReadTree = async () => {
  throw new Error('site fixtures use CSV sources only');
};

/** A folder that is removed after `body` (even when it throws). */
export async function withProject<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'runlens-site-'));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `<dir>/own/sources.json` + CSV (source "own", output ../own-data) and returns the sources file path. */
export function writeTinySources(dir: string): string {
  mkdirSync(path.join(dir, 'own'), { recursive: true });
  writeFileSync(path.join(dir, 'own', 'runs.csv'), TINY_CSV);
  const file = path.join(dir, 'own', 'sources.json');
  writeFileSync(file, JSON.stringify({ output: '../own-data', sources: [{ name: 'own', kind: 'csv', files: 'runs.csv' }] }));
  return file;
}

/** Builds the tiny data set with the project's own build into `<dir>/own-data` and returns that folder. */
export async function buildTinyData(dir: string): Promise<string> {
  const sources = writeTinySources(dir);
  const lines: string[] = [];
  const code = await runBuildCli(['--sources', sources], { out: () => {}, err: (line) => lines.push(line), readTree: noRoot, clock: () => new Date(0) });
  if (code !== 0) throw new Error(`tiny data build failed: ${lines.join('\n')}`);
  return path.join(dir, 'own-data');
}

/** Writes `views/<name>.json` files into `dir` (objects get the `$schema` key first). */
export function writeViews(dir: string, views: Record<string, object | string>): string {
  const viewsDir = path.join(dir, 'views');
  mkdirSync(viewsDir, { recursive: true });
  for (const [name, view] of Object.entries(views)) {
    writeFileSync(path.join(viewsDir, `${name}.json`), typeof view === 'string' ? view : JSON.stringify({ $schema: './view.schema.json', ...view }, null, 2));
  }
  return viewsDir;
}

/** A view that fits the tiny data. */
export const TINY_VIEW = {
  title: 'Tiny',
  charts: [
    { id: 'mult', kind: 'histogram', x: 'own.mult', bins: 4 },
    { id: 'quality', kind: 'row', x: 'own.quality', selected: ['Good'] },
  ],
};

/** A view with three mistakes: an unknown key, a wrong type, an unknown column. */
export const THREE_MISTAKES = {
  title: 'Three mistakes',
  charts: [
    { id: 'mult', kind: 'histogram', x: 'own.mul', bins: 4 },
    { id: 'quality', kind: 'row', x: 'own.quality', colour: 'red' },
    { id: 'trend', kind: 'trend', y: 7 },
  ],
};
