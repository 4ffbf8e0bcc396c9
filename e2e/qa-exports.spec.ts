import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { counterText } from '../src/app/counter-text';
import { exportTexts } from '../src/qa/export-panel';
import { clickRow, openDashboard } from './support/dashboard-page';
import { countsBy, readRunsCsv } from './support/expected-counts';
import { expectedStatuses, viewRules, viewStatisticOK } from './support/qa-expected';

const rows = readRunsCsv();
const statuses = expectedStatuses(rows, viewRules('tpc-qa'), viewStatisticOK('tpc-qa'));
const statusOf = new Map(rows.map((row, i) => [row.run, statuses[i]]));
const tableColumns = (JSON.parse(await readFile(new URL('../views/tpc-qa.json', import.meta.url), 'utf8')) as { table: { columns: string[] } }).table.columns;

/** Today's local date as the file names carry it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, label: string): Promise<{ name: string; text: string }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: label, exact: true }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

/** Selects the runs of the period with most runs; returns them (CSV order: run order). */
async function selectPeriod(page: Page) {
  const [period] = [...countsBy(rows, 'rct.period')].filter(([p]) => p !== null).sort((a, b) => b[1] - a[1])[0];
  await clickRow(page, 'period', period);
  const selected = rows.filter((row) => row['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(selected.length, rows.length));
  return selected;
}

test('the CSV export holds the selected runs: run, the table columns as in runlens.csv, and each status', async ({ page }) => {
  await openDashboard(page, '?view=tpc-qa');
  const selected = await selectPeriod(page);
  const file = await download(page, exportTexts.csv);
  expect(file.name).toBe(`tpc-qa-selection-${today()}.csv`);
  const parsed = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(['run', ...tableColumns, 'status']);
  expect(parsed.data.map((r) => r.run)).toEqual(selected.map((r) => r.run));
  const plain = tableColumns.filter((c) => c in selected[0]);
  const pick = (row: Record<string, string>, status: string | undefined) => ({ ...Object.fromEntries(plain.map((c) => [c, row[c]])), status });
  expect(parsed.data.map((got) => pick(got, got.status))).toEqual(selected.map((row) => pick(row, statusOf.get(row.run))));
  // The alias column: tpc.meanMIPele / tpc.meanMIP, empty where either is missing.
  const ratios = selected.map((row) => (row['tpc.meanMIPele'] === '' || row['tpc.meanMIP'] === '' ? NaN : Number(row['tpc.meanMIPele']) / Number(row['tpc.meanMIP'])));
  const wrong = parsed.data.filter((got, i) => (Number.isNaN(ratios[i]) ? got.mipEleRatio !== '' : Math.abs(Number(got.mipEleRatio) - ratios[i]) > 1e-12 * Math.abs(ratios[i])));
  expect(wrong).toEqual([]);
});

test('the run list and the good-run JSON hold the selected runs, the JSON only the Good ones under their period', async ({ page }) => {
  await openDashboard(page, '?view=tpc-qa');
  const selected = await selectPeriod(page);
  const list = await download(page, exportTexts.runs);
  expect(list.name).toBe(`tpc-qa-runs-${today()}.txt`);
  expect(list.text).toBe(`${selected.map((r) => r.run).join('\n')}\n`);
  const good = await download(page, exportTexts.good);
  expect(good.name).toBe(`tpc-qa-good-runs-${today()}.json`);
  const period = selected[0]['rct.period'];
  const expected = { [period]: selected.filter((r) => statusOf.get(r.run) === 'Good').map((r) => Number(r.run)) };
  expect(expected[period].length).toBeGreaterThan(0);
  expect(JSON.parse(good.text)).toEqual(expected);
});
