import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { counterText } from '../src/app/counter-text';
import { writeSyntheticSources } from '../scripts/bench/synthetic-sources';
import { collectErrors, openDashboard } from './support/dashboard-page';
import { expectBins, expectRows } from './support/expect-charts';
import { rowsWithNumber, type CsvRow } from './support/expected-counts';
import { chartsOfKind } from './support/view-charts';

/**
 * A 10,000-column data set (a 9,997-branch tree written by the project's ROOT
 * writer, joined with a 2-column CSV), built by `build:data` and served in
 * place of public/data. The default view (tpc-overview) reads 6 of its
 * columns: run, tpc.meanMIP (first branch), tpc.meanTPCncl (middle),
 * tpc.resolutionMIP (last branch, in the tenth column table), rct.period and
 * rct.beamType, from four tables.
 */
const RUNS = 200;
let work = '';
let out = '';
let rows: CsvRow[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(join(tmpdir(), 'runlens-wide-e2e-'));
  const set = writeSyntheticSources(work, { runs: RUNS, branches: 9_997, named: ['meanMIP', 'meanTPCncl', 'resolutionMIP'] });
  expect(set.columns.length).toBe(10_000);
  execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/build-data.ts', '--sources', set.sourcesFile], { stdio: 'pipe' });
  out = join(work, 'out');
  const parsed = Papa.parse<CsvRow>(readFileSync(join(out, 'runlens.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  rows = parsed.data;
  expect(parsed.meta.fields?.length).toBe(10_000);
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a 10,000-column data set builds and the app opens a view on 6 of its columns, every chart matching the CSV', async ({ page }) => {
  const errors = collectErrors(page);
  const served: string[] = [];
  await page.route('**/data/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const name = pathname.slice(pathname.lastIndexOf('/data/') + '/data/'.length);
    served.push(name);
    // A preload of the page's own build names files this set may not have.
    if (!existsSync(join(out, name))) return route.fulfill({ body: '' });
    return route.fulfill({ body: readFileSync(join(out, name)), contentType: name.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
  });
  await openDashboard(page);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { columns: { name: string; table: string }[]; columnFiles: { name: string; column: string }[] };
  // The manifest, then the column files of the view's columns only (of 10,000), then the database for the run panel.
  await expect.poll(() => served.at(-1)).toBe('runlens.sqlite');
  const viewColumns = ['run', 'rct.period', 'rct.beamType', 'tpc.meanMIP', 'tpc.meanTPCncl', 'tpc.resolutionMIP'];
  expect(served[0]).toBe('manifest.json');
  // The page also preloads the column files its own build's default view reads (by place: other columns of this set).
  const preloaded = await page.locator('link[rel="preload"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname.replace(/^.*\/data\//, '')));
  const viewFiles = manifest.columnFiles.filter((file) => viewColumns.includes(file.column)).map((file) => file.name);
  const columnRequests = served.slice(1, -1);
  for (const name of viewFiles) expect(columnRequests).toContain(name);
  expect(columnRequests.filter((name) => !viewFiles.includes(name) && !preloaded.includes(name))).toEqual([]);
  expect(rows.length).toBe(RUNS);
  await expect(page.locator('.counter')).toHaveText(counterText(RUNS, RUNS));
  await expectRows(page, 'period', 'rct.period', rows, rows);
  await expectRows(page, 'beam', 'rct.beamType', rows, rows);
  for (const histogram of chartsOfKind('tpc-overview', 'histogram')) await expectBins(page, histogram.id, histogram.x!, rows, rows);
  await expect(page.locator('[data-chart="mip-trend"]')).toHaveAttribute('data-selected', String(rowsWithNumber(rows, 'tpc.meanMIP').length));
  const tables = new Set(manifest.columns.filter((c) => ['tpc.meanMIP', 'tpc.meanTPCncl', 'tpc.resolutionMIP', 'rct.period'].includes(c.name)).map((c) => c.table));
  expect([...tables].sort()).toEqual(['runs_rct_1', 'runs_tpc_1', 'runs_tpc_10', 'runs_tpc_5']);
  expect(errors).toEqual([]);
});
