import { expect, test, type Page } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { rangeNoteText } from '../src/charts/range-note';
import { brushedRuns, brushTrend, collectErrors, openDashboard } from './support/dashboard-page';
import { buildDataSet, type DataSet } from './support/data-set';
import { readRunsCsv, rowsInRunRange, rowsWithNumber, type CsvRow } from './support/expected-counts';
import { serveDataSet } from './support/serve-data-set';
import { serveView } from './support/serve-view';
import { chooseAxisMode, inRunOrder, paddedOf, periodLabelBoxes, stretchesOf } from './support/trend-page';

const rows = readRunsCsv();
const total = rows.length;
const VIEW = '?view=tpc-periods';
const TREND = 'mip-periods';
const card = (chart: string) => `[data-chart="${chart}"]`;
const counts = (above: number, below: number, notShown: number) => ({ inside: 0, above, below, notShown, missing: 0 });

/** The run range the header shows, and that the counter counts exactly the CSV's runs in it. */
async function expectSelectedRuns(page: Page, chart: string, runs: [number, number]): Promise<void> {
  expect(await brushedRuns(page, chart)).toEqual(runs);
  await expect(page.locator('.counter')).toHaveText(counterText(rowsInRunRange(rows, runs[0], runs[1]).length, total));
  await expect(page.locator(`${card(chart)} .brush .selection`)).toBeVisible();
}

/** Clears every filter (a press inside a shown brush would move it rather than draw a new one). */
async function clearBrushes(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await expect(page.locator(`${card(TREND)} .brush .selection`)).toBeHidden();
}

/** Axis value at fraction `f` of a plot whose x domain is `domain`. */
const placeAt = (f: number, [lo, hi]: [number, number]) => lo + f * (hi - lo);

test('switching the trend to run order and to time keeps the brush selecting the same runs; a brush in each mode selects the runs under it', async ({ page }) => {
  const errors = collectErrors(page);
  await openDashboard(page, VIEW);
  await brushTrend(page, TREND, 0.3, 0.6);
  const runs = await brushedRuns(page, TREND);
  await expectSelectedRuns(page, TREND, runs);

  await chooseAxisMode(page, TREND, 'ordinal');
  await expectSelectedRuns(page, TREND, runs);
  await chooseAxisMode(page, TREND, 'time');
  await expectSelectedRuns(page, TREND, runs);
  await chooseAxisMode(page, TREND, 'run');
  await expectSelectedRuns(page, TREND, runs);

  // Run order: the runs selected are those whose places lie under the brush (give or take the mouse's pixel and a half).
  const ordered = inRunOrder(rows);
  await chooseAxisMode(page, TREND, 'ordinal');
  await clearBrushes(page);
  await brushTrend(page, TREND, 0.2, 0.5);
  const [lo, hi] = await brushedRuns(page, TREND);
  const domain = paddedOf([0, ordered.length - 1]);
  const place = (run: number) => ordered.findIndex((row) => Number(row.run) === run);
  const width = (await page.locator(`${card(TREND)} .brush .overlay`).boundingBox())!.width;
  const placesPerPixel = (domain[1] - domain[0]) / width;
  expect(Math.abs(place(lo) - placeAt(0.2, domain))).toBeLessThanOrEqual(1.5 * placesPerPixel + 1);
  expect(Math.abs(place(hi) - placeAt(0.5, domain))).toBeLessThanOrEqual(1.5 * placesPerPixel + 1);
  await expectSelectedRuns(page, TREND, [lo, hi]);

  // Time: every run whose segment centre lies well inside the brushed time span is in the selected range.
  await chooseAxisMode(page, TREND, 'time');
  await expectSelectedRuns(page, TREND, [lo, hi]);
  await clearBrushes(page);
  await brushTrend(page, TREND, 0.4, 0.7);
  const timed = await brushedRuns(page, TREND);
  const starts = rows.map((row) => (row['rct.startTime'] === '' ? NaN : Number(row['rct.startTime'])));
  const ends = rows.map((row) => (row['rct.endTime'] === '' ? NaN : Number(row['rct.endTime'])));
  const span = paddedOf([...starts, ...ends]);
  const [t0, t1] = [placeAt(0.41, span), placeAt(0.69, span)];
  const inside = rows.filter((row, i) => {
    const centre = Number.isFinite(ends[i]) ? (starts[i] + ends[i]) / 2 : starts[i];
    return centre > t0 && centre < t1;
  });
  expect(inside.length).toBeGreaterThan(0);
  for (const row of inside) expect(Number(row.run) >= timed[0] && Number(row.run) <= timed[1]).toBe(true);
  await expectSelectedRuns(page, TREND, timed);
  expect(errors).toEqual([]);
});

test('period bands: one band per stretch of a period in run order, a boundary between each two, labels that never overlap, in every axis mode', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await openDashboard(page, VIEW);
  const hasStart = (row: CsvRow) => row['rct.startTime'] !== '';
  for (const [mode, placed] of [['run', undefined], ['ordinal', undefined], ['time', hasStart]] as const) {
    await chooseAxisMode(page, TREND, mode);
    const stretches = stretchesOf(rows, 'rct.period', placed);
    expect(new Set(stretches)).toEqual(new Set(rows.map((row) => row['rct.period']).filter(Boolean)));
    await expect(page.locator(card(TREND))).toHaveAttribute('data-period-bands', String(stretches.length));
    const bands = page.locator(`${card(TREND)} .period-band-group`);
    expect(await bands.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.period))).toEqual(stretches);
    await expect(page.locator(`${card(TREND)} line.period-boundary`)).toHaveCount(stretches.length - 1);
    const labels = await periodLabelBoxes(page, TREND);
    expect(labels.length).toBeGreaterThan(0);
    const sorted = [...labels].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i][0]).toBeGreaterThanOrEqual(sorted[i - 1][1]);
  }
  // Narrow: fewer labels, still apart.
  await page.setViewportSize({ width: 500, height: 900 });
  await expect.poll(async () => (await periodLabelBoxes(page, TREND)).length).toBeLessThan(stretchesOf(rows, 'rct.period', hasStart).length);
  const narrow = [...(await periodLabelBoxes(page, TREND))].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < narrow.length; i++) expect(narrow[i][0]).toBeGreaterThanOrEqual(narrow[i - 1][1]);
});

// A small data set: error column with gaps, one absurd value, a column with zeros and negatives for the log scale.
const RUNS = 90;
const FAR = 4.29e9;
let set: DataSet;

test.beforeAll(async () => {
  const lines = ['run,period,startTime,endTime,mip,mipErr,mult'];
  for (let i = 0; i < RUNS; i++) {
    const mip = i === 41 ? FAR : 2e6 + ((i * 7919) % 5000) * 1000;
    const err = i % 4 === 3 ? '' : String(1e5 + (i % 5) * 2e4);
    const mult = i % 9 === 0 ? 0 : i % 13 === 0 ? -3 : 5 + (i % 17);
    const start = 1_600_000_000 + i * 7200;
    lines.push([300000 + i, i < 30 ? 'LHC22a' : i < 70 ? 'LHC22b' : 'LHC22c', start, start + 3000, mip, err, mult].join(','));
  }
  set = await buildDataSet({ rct: { kind: 'csv', text: `${lines.join('\n')}\n` } });
});

async function openTestView(page: Page): Promise<void> {
  await serveDataSet(page, set.files);
  await serveView(page, 'tpc-overview', {
    title: 'Ranges and scales',
    charts: [
      { id: 'mip', kind: 'trend', y: 'rct.mip', yErr: 'rct.mipErr', groupBy: 'rct.period', time: 'rct.startTime', timeEnd: 'rct.endTime' },
      { id: 'mult', kind: 'trend', y: 'rct.mult', scale: 'log' },
      { id: 'mult-vs-mip', kind: 'scatter', x: 'rct.mult', y: 'rct.mip', xScale: 'log' },
    ],
  });
  await openDashboard(page);
}

test('error bars: one per run with a non-missing error, in every axis mode', async ({ page }) => {
  await openTestView(page);
  const withError = rowsWithNumber(rowsWithNumber(set.rows, 'rct.mip'), 'rct.mipErr').filter((row) => Number(row['rct.mip']) < 1e9);
  expect(withError.length).toBeGreaterThan(0);
  expect(withError.length).toBeLessThan(set.rows.length);
  for (const mode of ['run', 'ordinal', 'time']) {
    await chooseAxisMode(page, 'mip', mode);
    await expect(page.locator(card('mip'))).toHaveAttribute('data-error-bars', String(withError.length));
  }
});

test('a value far outside the others is counted in the footer as above the range, in the trend and the scatter', async ({ page }) => {
  await openTestView(page);
  const above = set.rows.filter((row) => Number(row['rct.mip']) > 1e9).length;
  expect(above).toBe(1);
  await expect(page.locator(card('mip'))).toHaveAttribute('data-above', String(above));
  await expect(page.locator(card('mip'))).toHaveAttribute('data-below', '0');
  await expect(page.locator(`${card('mip')} .range-note`)).toHaveText(rangeNoteText(counts(above, 0, 0)));
  await expect(page.locator(card('mult-vs-mip'))).toHaveAttribute('data-above', String(above));
  // The run stays selectable: it is drawn on the edge and counted as selected.
  await expect(page.locator(card('mip'))).toHaveAttribute('data-selected', String(rowsWithNumber(set.rows, 'rct.mip').length));
});

test('a log scale counts zero and negative values as not shown', async ({ page }) => {
  await openTestView(page);
  const nonPositive = set.rows.filter((row) => row['rct.mult'] !== '' && Number(row['rct.mult']) <= 0).length;
  expect(nonPositive).toBeGreaterThan(0);
  await expect(page.locator(card('mult'))).toHaveAttribute('data-not-shown', String(nonPositive));
  await expect(page.locator(`${card('mult')} .range-note`)).toHaveText(rangeNoteText(counts(0, 0, nonPositive)));
  await expect(page.locator(card('mult'))).toHaveAttribute('data-selected', String(set.rows.length - nonPositive));
  await expect(page.locator(card('mult-vs-mip'))).toHaveAttribute('data-x-not-shown', String(nonPositive));
});
