import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { categoryText } from '../src/charts/chart-texts';
import { loadMessages } from '../src/data/load-messages';
import { barTitles, brushedRange, brushedRuns, brushTrend, clickRow, collectErrors, openDashboard, startDrag, textAfterFrames, textAtNextFrame } from './support/dashboard-page';
import { expectBins, expectRows } from './support/expect-charts';
import { parseBinTitle, rowsInValueRange, rowsWithNumbers, topEdgeOf } from './support/expected-bins';
import { countsBy, readRunsCsv, rowsInRunRange, rowsWithNumber } from './support/expected-counts';
import { chartsOfKind } from './support/view-charts';

const rows = readRunsCsv();
const total = rows.length;
const histograms = chartsOfKind('tpc-overview', 'histogram');
const [scatter] = chartsOfKind('tpc-overview', 'scatter');
const view = (name: string) =>
  JSON.parse(readFileSync(new URL(`../views/${name}.json`, import.meta.url), 'utf8')) as { charts: { id: string; title: string }[] };

test('opens with every run selected and no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await openDashboard(page);
  expect(total).toBeGreaterThan(0);
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await expectRows(page, 'period', 'rct.period', rows, rows);
  await expectRows(page, 'beam', 'rct.beamType', rows, rows);
  for (const histogram of histograms) await expectBins(page, histogram.id, histogram.x!, rows, rows);
  await expect(page.locator('[data-chart="mip-trend"]')).toHaveAttribute('data-selected', String(rowsWithNumber(rows, 'tpc.meanMIP').length));
  expect(errors).toEqual([]);
});

test('brushing the trend chart selects the runs in the shown range in every chart', async ({ page }) => {
  await openDashboard(page);
  await brushTrend(page, 'mip-trend', 0.3, 0.6);
  const [lo, hi] = await brushedRuns(page, 'mip-trend');
  const inRange = rowsInRunRange(rows, lo, hi);
  expect(inRange.length).toBeGreaterThan(0);
  expect(inRange.length).toBeLessThan(total);
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
  await expectRows(page, 'period', 'rct.period', inRange, rows);
  await expectRows(page, 'beam', 'rct.beamType', inRange, rows);
  // The trend's own brush does not dim its own points: every run with a finite meanMIP stays dark.
  const drawn = String(rowsWithNumber(rows, 'tpc.meanMIP').length);
  await expect(page.locator('[data-chart="mip-trend"]')).toHaveAttribute('data-selected', drawn);
});

test('a histogram\'s count axis reaches its fullest bin and stays put while the trend filters', async ({ page }) => {
  await openDashboard(page);
  for (const { id } of histograms) {
    const ticks = page.locator(`[data-chart="${id}"] g.axis.y .tick text`);
    const before = await ticks.allTextContents();
    const fullest = Math.max(...(await barTitles(page, id).allTextContents()).map((title) => parseBinTitle(title).total));
    const values = before.map((text) => Number(text.replace(/,/g, '')));
    // The domain is [0, fullest bin]: the top tick is within one tick step below it.
    expect(values[values.length - 1]).toBeLessThanOrEqual(fullest);
    expect(values[values.length - 1] + (values[1] - values[0])).toBeGreaterThan(fullest);
    await brushTrend(page, 'mip-trend', 0.3, 0.6);
    await expect(page.locator('.counter')).not.toHaveText(counterText(total, total));
    expect(await ticks.allTextContents()).toEqual(before);
    await page.locator('.reset').click();
  }
});

test('clicking a period filters the other charts but not the period chart itself', async ({ page }) => {
  await openDashboard(page);
  const byPeriod = countsBy(rows, 'rct.period');
  const [period] = [...byPeriod].filter(([category]) => category !== null).sort((a, b) => b[1] - a[1])[0];
  await clickRow(page, 'period', period);
  const ofPeriod = rows.filter((row) => row['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(ofPeriod.length, total));
  await expect(page.locator('[data-chart="period"] .chart-filter')).toHaveText(categoryText(period));
  await expectRows(page, 'period', 'rct.period', rows, rows);
  await expectRows(page, 'beam', 'rct.beamType', ofPeriod, rows);
  for (const histogram of histograms) await expectBins(page, histogram.id, histogram.x!, ofPeriod, rows);
  await expect(page.locator(`[data-chart="${scatter.id}"]`)).toHaveAttribute('data-selected', String(rowsWithNumbers(ofPeriod, [scatter.x!, scatter.y!]).length));
});

test('a trend brush, a period click and a histogram brush combine; reset restores every run, row and bar', async ({ page }) => {
  await openDashboard(page);
  const [brushed] = histograms;
  const brushedBars = await barTitles(page, brushed.id).allTextContents();
  await brushTrend(page, 'mip-trend', 0.1, 0.9);
  const [lo, hi] = await brushedRuns(page, 'mip-trend');
  const inRange = rowsInRunRange(rows, lo, hi);
  const [period] = [...countsBy(inRange, 'rct.period')].filter(([category]) => category !== null).sort((a, b) => b[1] - a[1])[0];
  await clickRow(page, 'period', period);
  const both = inRange.filter((row) => row['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(both.length, total));
  // The trend shows the period filter, not its own brush.
  const ofPeriod = rows.filter((row) => row['rct.period'] === period);
  await expect(page.locator('[data-chart="mip-trend"]')).toHaveAttribute('data-selected', String(rowsWithNumber(ofPeriod, 'tpc.meanMIP').length));
  await brushTrend(page, brushed.id, 0.2, 0.7);
  const range = await brushedRange(page, brushed.id);
  expect(range.closed).toBe(range.hi === topEdgeOf(brushedBars));
  const all3 = rowsInValueRange(both, brushed.x!, range);
  await expect(page.locator('.counter')).toHaveText(counterText(all3.length, total));

  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await expect(page.locator('[data-chart="mip-trend"] .chart-filter')).toHaveText('');
  await expect(page.locator('[data-chart="period"] .chart-filter')).toHaveText('');
  await expectRows(page, 'period', 'rct.period', rows, rows);
  await expectRows(page, 'beam', 'rct.beamType', rows, rows);
  await expect(page.locator('[data-chart="mip-trend"] .brush .selection')).toBeHidden();
  await expect(page.locator(`[data-chart="${brushed.id}"] .chart-filter`)).toHaveText('');
  await expect(page.locator(`[data-chart="${brushed.id}"] .brush .selection`)).toBeHidden();
  for (const histogram of histograms) await expectBins(page, histogram.id, histogram.x!, rows, rows);
  await expect(barTitles(page, brushed.id)).toHaveText(brushedBars);
  await expect(page.locator('[data-chart="mip-trend"]')).toHaveAttribute('data-selected', String(rowsWithNumber(rows, 'tpc.meanMIP').length));
});

test('the view selector switches to the event-selection charts', async ({ page }) => {
  const errors = collectErrors(page);
  await openDashboard(page);
  const charts = page.locator('[data-chart]');
  const overview = view('tpc-overview').charts;
  await expect(charts).toHaveCount(overview.length);
  expect(await charts.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.chart))).toEqual(overview.map((c) => c.id));

  await page.getByLabel('View').selectOption('event-selection');
  await expect(page).toHaveURL(/\?view=event-selection$/);
  const selection = view('event-selection').charts;
  await expect(page.locator('.chart-title')).toHaveText(selection.map((c) => c.title));
  expect(await charts.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.chart))).toEqual(selection.map((c) => c.id));
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  expect(errors).toEqual([]);
});

test('?view=event-selection opens that view directly', async ({ page }) => {
  await openDashboard(page, '?view=event-selection');
  const selection = view('event-selection').charts;
  await expect(page.locator('.chart-title')).toHaveText(selection.map((c) => c.title));
  await expect(page.getByLabel('View')).toHaveValue('event-selection');
  await expectRows(page, 'quality', 'rct.quality', rows, rows);
  await expectRows(page, 'period', 'rct.period', rows, rows);
  for (const histogram of chartsOfKind('event-selection', 'histogram')) await expectBins(page, histogram.id, histogram.x!, rows, rows);
});

test('a missing data file is reported as text naming the file and what to do', async ({ page }) => {
  await page.route('**/data/runlens.sqlite', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'error');
  const url = new URL('data/runlens.sqlite', page.url()).href;
  await expect(page.locator('.status')).toHaveText(loadMessages.httpStatus(url, 404));
});

test('an unknown ?view= name is reported and the default view is shown', async ({ page }) => {
  await openDashboard(page, '?view=no-such-view');
  const known = await page.getByLabel('View').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  await expect(page.locator('.status')).toHaveText(loadMessages.unknownView('no-such-view', known));
  await expect(page.locator('.chart-title')).toHaveText(view('tpc-overview').charts.map((c) => c.title));
});

test('after a window resize the charts are redrawn at the new width and keep their filters', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openDashboard(page);
  await brushTrend(page, 'mip-trend', 0.2, 0.5);
  const [lo, hi] = await brushedRuns(page, 'mip-trend');
  const byPeriod = countsBy(rowsInRunRange(rows, lo, hi), 'rct.period');
  const [period] = [...byPeriod].filter(([category]) => category !== null).sort((a, b) => b[1] - a[1])[0];
  await clickRow(page, 'period', period);
  const counter = counterText(rowsInRunRange(rows, lo, hi).filter((row) => row['rct.period'] === period).length, total);
  await expect(page.locator('.counter')).toHaveText(counter);
  await brushTrend(page, 'ncl', 0.05, 0.95);
  const nclNote = page.locator('[data-chart="ncl"] .chart-filter');
  await expect(nclNote).not.toHaveText('');
  const nclRange = await nclNote.textContent();
  const narrowed = await page.locator('.counter').textContent();
  const canvas = page.locator('[data-chart="mip-trend"] canvas');
  const before = await canvas.evaluate((node) => (node as HTMLCanvasElement).width);

  await page.setViewportSize({ width: 900, height: 900 });
  await expect.poll(() => canvas.evaluate((node) => (node as HTMLCanvasElement).width)).not.toBe(before);
  await expect(page.locator('.counter')).toHaveText(narrowed ?? '');
  expect(await brushedRuns(page, 'mip-trend')).toEqual([lo, hi]);
  await expect(nclNote).toHaveText(nclRange ?? '');
  await expect(page.locator('[data-chart="ncl"] .brush .selection')).toBeVisible();
  await expect(page.locator('[data-chart="mip-trend"] .brush .selection')).toBeVisible();
  await expect(page.locator('[data-chart="period"] .chart-filter')).toHaveText(categoryText(period));
  await expect(page.locator('[data-chart="period"] g.row rect.selected')).toHaveCount(1);
});

test('brushing a histogram filters during the drag: the next frame after each move shows it', async ({ page }) => {
  await openDashboard(page);
  const note = '[data-chart="ncl"] .chart-filter';
  const moveTo = await startDrag(page, 'ncl', 0.2, 0.5);
  const first = await textAtNextFrame(page, note);
  expect(first).not.toBe('');
  expect(await textAtNextFrame(page, '.counter')).not.toBe(counterText(total, total));
  await moveTo(0.8);
  const second = await textAtNextFrame(page, note);
  expect(second).not.toBe('');
  expect(second).not.toBe(first);
  await page.mouse.up();
  // Read after the release has been handled and redrawn: a check that may run before it proves nothing.
  expect(await textAfterFrames(page, note)).toBe(second);
});

test('a point chart redraws its canvas only when its own selection changes: its own brush leaves it as it was', async ({ page }) => {
  // Counts every canvas write, per card, as the point layer does one putImageData per draw.
  await page.addInitScript(() => {
    const put = CanvasRenderingContext2D.prototype.putImageData;
    Object.defineProperty(CanvasRenderingContext2D.prototype, 'putImageData', {
      value(this: CanvasRenderingContext2D, ...args: unknown[]) {
        const card = this.canvas.closest<HTMLElement>('[data-chart]');
        if (card) card.dataset.canvasWrites = String(Number(card.dataset.canvasWrites ?? 0) + 1);
        return Reflect.apply(put, this, args);
      },
    });
  });
  await openDashboard(page);
  const writes = (chart: string) => page.locator(`[data-chart="${chart}"]`).evaluate((card) => Number((card as HTMLElement).dataset.canvasWrites ?? 0));
  const trendAtOpen = await writes('mip-trend');
  const scatterAtOpen = await writes(scatter.id);
  expect(trendAtOpen).toBeGreaterThan(0);
  expect(scatterAtOpen).toBeGreaterThan(0);
  await brushTrend(page, 'mip-trend', 0.3, 0.6);
  await expect(page.locator('.counter')).not.toHaveText(counterText(total, total));
  await textAfterFrames(page, '.counter');
  expect(await writes('mip-trend')).toBe(trendAtOpen);
  expect(await writes(scatter.id)).toBeGreaterThan(scatterAtOpen);
  // Another chart's filter changes the trend's selection: it redraws.
  const period = [...countsBy(rows, 'rct.period')].filter(([category]) => category !== null).sort((a, b) => b[1] - a[1])[0][0];
  await clickRow(page, 'period', period);
  await textAfterFrames(page, '.counter');
  expect(await writes('mip-trend')).toBeGreaterThan(trendAtOpen);
});
