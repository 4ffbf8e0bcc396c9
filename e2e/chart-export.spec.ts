import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { exportFileName } from '../src/charts/chart-export';
import { clickRow, collectErrors, openDashboard } from './support/dashboard-page';
import { countsBy, readRunsCsv, rowsWithNumber } from './support/expected-counts';
import { rowsWithNumbers } from './support/expected-bins';
import { chartsOfKind } from './support/view-charts';

const rows = readRunsCsv();
const VIEW = 'tpc-overview';
const [trend] = chartsOfKind(VIEW, 'trend');
const [histogram] = chartsOfKind(VIEW, 'histogram');
const [row] = chartsOfKind(VIEW, 'row');
const [scatter] = chartsOfKind(VIEW, 'scatter');

/** Presses a chart's export button and returns the downloaded file's name and bytes. */
async function download(page: Page, chart: string, format: 'PNG' | 'SVG'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-chart="${chart}"] .chart-export`, { hasText: format }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Counts of marks in an SVG file, parsed by the browser's XML parser: circles (and dark ones), bars, rows; null when it does not parse. */
function marksOf(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror') || doc.documentElement.localName !== 'svg') return null;
    return {
      points: doc.querySelectorAll('circle.point').length,
      selected: doc.querySelectorAll('circle.point.selected').length,
      bars: doc.querySelectorAll('rect.bar').length,
      rows: [...doc.querySelectorAll('g.row title')].map((title) => title.textContent),
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, text);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.beforeEach(async ({ page }) => {
  await openDashboard(page, `?view=${VIEW}`);
  // A period filter, so the canvas charts draw dark and light points.
  const [period] = [...countsBy(rows, 'rct.period')].filter(([category]) => category !== null).sort((a, b) => b[1] - a[1])[0];
  await clickRow(page, row.id, period);
  const ofPeriod = rows.filter((r) => r['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(ofPeriod.length, rows.length));
});

test('a trend chart and a scatter export as SVG with one circle per drawn run, the dark ones as the chart drew them', async ({ page }) => {
  const errors = collectErrors(page);
  for (const [chart, drawn] of [
    [trend.id, rowsWithNumber(rows, trend.y!).length],
    [scatter.id, rowsWithNumbers(rows, [scatter.x!, scatter.y!]).length],
  ] as const) {
    const { name, bytes } = await download(page, chart, 'SVG');
    expect(name).toBe(exportFileName(VIEW, chart, 'svg'));
    expect(bytes.length).toBeGreaterThan(0);
    const marks = await marksOf(page, bytes.toString('utf8'));
    const selected = Number(await page.locator(`[data-chart="${chart}"]`).getAttribute('data-selected'));
    expect(marks).toMatchObject({ points: drawn, selected });
    expect(selected).toBeGreaterThan(0);
    expect(selected).toBeLessThan(drawn);
  }
  expect(errors).toEqual([]);
});

test('a histogram and a row chart export as SVG holding the bars and rows the page shows', async ({ page }) => {
  const histogramFile = await download(page, histogram.id, 'SVG');
  expect(histogramFile.name).toBe(exportFileName(VIEW, histogram.id, 'svg'));
  const bars = await page.locator(`[data-chart="${histogram.id}"] rect.bar`).count();
  expect(bars).toBeGreaterThan(0);
  expect(await marksOf(page, histogramFile.bytes.toString('utf8'))).toMatchObject({ bars, points: 0 });
  const rowFile = await download(page, row.id, 'SVG');
  expect(rowFile.name).toBe(exportFileName(VIEW, row.id, 'svg'));
  const titles = await page.locator(`[data-chart="${row.id}"] g.row title`).allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect(await marksOf(page, rowFile.bytes.toString('utf8'))).toMatchObject({ rows: titles });
});

test('every chart exports as a PNG twice the size of its SVG, under the site\'s Content-Security-Policy', async ({ page }) => {
  const errors = collectErrors(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain('img-src');
  for (const chart of [trend.id, histogram.id, row.id, scatter.id]) {
    const png = await download(page, chart, 'PNG');
    expect(png.name).toBe(exportFileName(VIEW, chart, 'png'));
    expect(png.bytes.length).toBeGreaterThan(1000);
    const svg = await marksOf(page, (await download(page, chart, 'SVG')).bytes.toString('utf8'));
    expect(pngSize(png.bytes)).toEqual({ width: svg!.width * 2, height: svg!.height * 2 });
  }
  await expect(page.locator('.status')).toHaveText('');
  expect(errors).toEqual([]);
});
