import { expect, test, type Page } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { histogramFooterText } from '../src/charts/chart-texts';
import { barTitles, brushedRange, brushTrend, openDashboard } from './support/dashboard-page';
import { buildDataSet, type DataSet } from './support/data-set';
import { qaSource } from './support/distribution-sources';
import { finiteValues, parseBinTitle, rowsInValueRange, type TitledBin } from './support/expected-bins';
import { serveDataSet } from './support/serve-data-set';
import { serveView } from './support/serve-view';

// 65 runs as in the real QA data: 64 counter values below 1e7 and one wrapped counter, 4294967295.
const RUNS = 65;
const WRAPPED = 4294967295;
const counter = (i: number) => (i === 64 ? WRAPPED : 1_000_000 + ((i * 37) % 64) * 120_000);
const HUGE = [-1e308, 1e308, 0, 5, 7, -3];
const view = {
  title: 'Ranges',
  charts: [
    { id: 'counter', kind: 'histogram', x: 'qa.counter' },
    { id: 'fixed', kind: 'histogram', x: 'qa.counter', domain: [0, 1e7], bins: 10 },
    { id: 'huge', kind: 'histogram', x: 'qa.huge', domain: [-1e308, 1e308] },
    { id: 'huge-robust', kind: 'histogram', x: 'qa.huge' },
    { id: 'tiny', kind: 'histogram', x: 'qa.tiny' },
    { id: 'log', kind: 'histogram', x: 'qa.signed', scale: 'log', bins: 12 },
  ],
};
let set: DataSet;

test.beforeAll(async () => {
  set = await buildDataSet(
    qaSource(RUNS, {
      counter,
      huge: (i) => HUGE[i % HUGE.length],
      tiny: (i) => (i % 3 === 0 ? 5e-324 : 0),
      signed: (i) => (i % 9 === 0 ? 0 : i % 11 === 0 ? -4 : 10 ** ((i % 7) - 2) * (1 + (i % 5) / 10)),
    }),
  );
});

async function open(page: Page): Promise<void> {
  await serveDataSet(page, set.files);
  await serveView(page, 'tpc-overview', view);
  await openDashboard(page);
}

async function bins(page: Page, chart: string): Promise<TitledBin[]> {
  return (await barTitles(page, chart).allTextContents()).map(parseBinTitle);
}

const footer = (page: Page, chart: string) => page.locator(`[data-chart="${chart}"] .chart-footer`);
const sumTotals = (shown: readonly TitledBin[]) => shown.reduce((sum, bin) => sum + bin.total, 0);
const outside = { below: 0, above: 0, notPositive: 0 };

test('by default the bins span the bulk and the footer counts the wrapped counter above the range', async ({ page }) => {
  await open(page);
  const values = finiteValues(set.rows, 'qa.counter');
  const bulk = values.filter((v) => v !== WRAPPED);
  const shown = await bins(page, 'counter');
  expect(shown[0].lo).toBeLessThanOrEqual(Math.min(...bulk));
  expect(shown[shown.length - 1].hi).toBeGreaterThanOrEqual(Math.max(...bulk));
  expect(shown[shown.length - 1].hi).toBeLessThan(1e7);
  expect(sumTotals(shown)).toBe(bulk.length);
  await expect(footer(page, 'counter')).toHaveText(histogramFooterText(0, 0, { ...outside, above: 1 }));
  await expect(footer(page, 'counter')).toContainText('1 run above the range');
});

test('with "domain" [0, 1e7] and 10 bins the bins are the millions, counted as the test counts them', async ({ page }) => {
  await open(page);
  const shown = await bins(page, 'fixed');
  expect(shown.map((bin) => bin.lo)).toEqual(Array.from({ length: 10 }, (_, i) => i * 1e6));
  expect(shown[9].hi).toBe(1e7);
  const expected = new Array(10).fill(0);
  for (const v of finiteValues(set.rows, 'qa.counter')) if (v >= 0 && v <= 1e7) expected[Math.min(9, Math.floor(v / 1e6))]++;
  expect(shown.map((bin) => bin.total)).toEqual(expected);
  await expect(footer(page, 'fixed')).toHaveText(histogramFooterText(0, 0, { ...outside, above: 1 }));
  // A brush selects exactly the runs in its shown range.
  await brushTrend(page, 'fixed', 0.25, 0.62);
  const range = await brushedRange(page, 'fixed');
  await expect(page.locator('.counter')).toHaveText(counterText(rowsInValueRange(set.rows, 'qa.counter', range).length, RUNS));
});

test('values spanning ±1e308 draw and count: every run in a bin with a fixed domain, outside the robust range by default', async ({ page }) => {
  await open(page);
  const shown = await bins(page, 'huge');
  expect(sumTotals(shown)).toBe(RUNS);
  const widths = await page.locator('[data-chart="huge"] g.stack._0 rect.bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  expect(widths.length).toBe(shown.length);
  expect(widths.every((w) => w > 0)).toBe(true);
  await expect(footer(page, 'huge')).toHaveText(histogramFooterText(0, 0, outside));
  const robust = await bins(page, 'huge-robust');
  const values = finiteValues(set.rows, 'qa.huge');
  const below = values.filter((v) => v < robust[0].lo).length;
  const above = values.filter((v) => v > robust[robust.length - 1].hi).length;
  expect([below, above]).toEqual([values.filter((v) => v === -1e308).length, values.filter((v) => v === 1e308).length]);
  expect(sumTotals(robust) + below + above).toBe(RUNS);
  await expect(footer(page, 'huge-robust')).toHaveText(histogramFooterText(0, 0, { ...outside, below, above }));
});

test('0 and 5e-324 draw as a bar holding every run', async ({ page }) => {
  await open(page);
  const shown = await bins(page, 'tiny');
  expect(sumTotals(shown)).toBe(RUNS);
  expect(shown[0].lo).toBe(0);
  expect(shown[shown.length - 1].hi).toBe(5e-324);
  const heights = await page.locator('[data-chart="tiny"] g.stack._0 rect.bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
  expect(Math.max(...heights)).toBeGreaterThan(10);
  await expect(footer(page, 'tiny')).toHaveText(histogramFooterText(0, 0, outside));
});

test('log bins: edges grow by a constant factor, runs ≤ 0 are counted as not shown, a brush selects its shown range', async ({ page }) => {
  await open(page);
  const shown = await bins(page, 'log');
  const values = finiteValues(set.rows, 'qa.signed');
  const positive = values.filter((v) => v > 0);
  expect(sumTotals(shown)).toBe(positive.length);
  const ratios = shown.map((bin) => Math.log10(bin.hi / bin.lo));
  // Inner edges are rounded to 3 significant digits: the ratios agree to that precision.
  for (const ratio of ratios) expect(Math.abs(ratio - ratios[0])).toBeLessThan(0.01);
  await expect(footer(page, 'log')).toHaveText(histogramFooterText(0, 0, { ...outside, notPositive: values.length - positive.length }));
  await brushTrend(page, 'log', 0.3, 0.7);
  const range = await brushedRange(page, 'log');
  expect(shown.flatMap((bin) => [bin.lo, bin.hi])).toEqual(expect.arrayContaining([range.lo, range.hi]));
  await expect(page.locator('.counter')).toHaveText(counterText(rowsInValueRange(set.rows, 'qa.signed', range).length, RUNS));
});
