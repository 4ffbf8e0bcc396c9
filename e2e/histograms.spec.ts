import { expect, test, type Page } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { rangeText } from '../src/charts/chart-texts';
import { barTitles, brushedRange, brushedRuns, brushInsideBar, brushTrend, INTERVAL, openDashboard, startDrag, textAfterFrames } from './support/dashboard-page';
import { expectBins as expectBinsOf, expectRows } from './support/expect-charts';
import { parseBinTitle, rowsInValueRange, rowsWithNumbers, topEdgeOf } from './support/expected-bins';
import { readRunsCsv, rowsInRunRange, type CsvRow } from './support/expected-counts';
import { chartsOfKind } from './support/view-charts';

const rows = readRunsCsv();
const total = rows.length;

/** Checks histogram `chart` on `column` against the CSV, bins' totals over every run. */
const expectBins = (page: Page, chart: string, column: string, selectedRows: readonly CsvRow[]) => expectBinsOf(page, chart, column, selectedRows, rows);

for (const viewName of ['tpc-overview', 'event-selection']) {
  test(`${viewName}: after a trend brush every histogram bin counts the runs in range, of all its runs`, async ({ page }) => {
    await openDashboard(page, `?view=${viewName}`);
    const [trend] = chartsOfKind(viewName, 'trend');
    await brushTrend(page, trend.id, 0.25, 0.7);
    const [lo, hi] = await brushedRuns(page, trend.id);
    const inRange = rowsInRunRange(rows, lo, hi);
    expect(inRange.length).toBeGreaterThan(0);
    await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
    const histograms = chartsOfKind(viewName, 'histogram');
    expect(histograms.length).toBeGreaterThan(0);
    for (const histogram of histograms) await expectBins(page, histogram.id, histogram.x!, inRange);
  });
}

test('brushing a histogram selects the runs in its shown range; its own bars stay as they were', async ({ page }) => {
  await openDashboard(page);
  const [brushed, other] = chartsOfKind('tpc-overview', 'histogram');
  const before = await expectBins(page, brushed.id, brushed.x!, rows);
  await brushTrend(page, brushed.id, 0.3, 0.55);
  const range = await brushedRange(page, brushed.id);
  const { lo, hi } = range;
  // The note is closed exactly when the brush reaches the top edge.
  expect(range.closed).toBe(hi === topEdgeOf(before));
  const selected = rowsInValueRange(rows, brushed.x!, range);
  expect(selected.length).toBeGreaterThan(0);
  expect(selected.length).toBeLessThan(total);
  await expect(page.locator('.counter')).toHaveText(counterText(selected.length, total));
  // The brush snaps to bin edges.
  const edges = before.map(parseBinTitle).flatMap((bin) => [bin.lo, bin.hi]);
  expect(edges).toContain(lo);
  expect(edges).toContain(hi);
  await expectRows(page, 'period', 'rct.period', selected, rows);
  await expect(barTitles(page, brushed.id)).toHaveText(before);
  await expectBins(page, other.id, other.x!, selected);
});

test('once idle time has built the histograms’ own dimensions, a histogram brush still selects exactly the runs in its range', async ({ page }) => {
  await openDashboard(page);
  // The page marks when its deferred dimensions are built (a quiet moment after the first draw).
  await page.waitForFunction(() => performance.getEntriesByName('runlens:deferred-built').length > 0, null, { timeout: 20_000 });
  const [brushed, other] = chartsOfKind('tpc-overview', 'histogram');
  const before = await expectBins(page, brushed.id, brushed.x!, rows);
  await brushTrend(page, brushed.id, 0.2, 0.6);
  const selected = rowsInValueRange(rows, brushed.x!, await brushedRange(page, brushed.id));
  expect(selected.length).toBeGreaterThan(0);
  expect(selected.length).toBeLessThan(total);
  await expect(page.locator('.counter')).toHaveText(counterText(selected.length, total));
  await expect(barTitles(page, brushed.id)).toHaveText(before);
  await expectBins(page, other.id, other.x!, selected);
});

test('the scatter draws as selected the runs in the trend brush with both variables finite', async ({ page }) => {
  await openDashboard(page);
  const [scatter] = chartsOfKind('tpc-overview', 'scatter');
  const card = page.locator(`[data-chart="${scatter.id}"]`);
  await expect(card).toHaveAttribute('data-selected', String(rowsWithNumbers(rows, [scatter.x!, scatter.y!]).length));
  await brushTrend(page, 'mip-trend', 0.4, 0.8);
  const [lo, hi] = await brushedRuns(page, 'mip-trend');
  const inRange = rowsInRunRange(rows, lo, hi);
  const drawn = rowsWithNumbers(inRange, [scatter.x!, scatter.y!]).length;
  expect(drawn).toBeGreaterThan(0);
  await expect(card).toHaveAttribute('data-selected', String(drawn));
});

test('a drag inside one histogram bin selects exactly that bin', async ({ page }) => {
  await openDashboard(page);
  const [histogram] = chartsOfKind('tpc-overview', 'histogram');
  const bins = (await barTitles(page, histogram.id).allTextContents()).map(parseBinTitle);
  // The fullest inner bin, so the selection is neither empty nor everything.
  const inner = bins.slice(1, -1);
  const chosen = inner.reduce((best, bin) => (bin.total > best.total ? bin : best), inner[0]);
  // Both ends in the bin's left half: rounding each end to its nearest edge would give an empty span.
  await brushInsideBar(page, histogram.id, bins.indexOf(chosen), 0.15, 0.4);
  await expect(page.locator(`[data-chart="${histogram.id}"] .chart-filter`)).toHaveText(rangeText(chosen.lo, chosen.hi, chosen.digits, false));
  const selected = rowsInValueRange(rows, histogram.x!, { lo: chosen.lo, hi: chosen.hi, closed: false });
  expect(selected.length).toBe(chosen.total);
  await expect(page.locator('.counter')).toHaveText(counterText(selected.length, total));
});

test('a histogram brush reaching the top edge is shown closed, [lo, top]', async ({ page }) => {
  await openDashboard(page);
  const [histogram] = chartsOfKind('tpc-overview', 'histogram');
  const bins = (await barTitles(page, histogram.id).allTextContents()).map(parseBinTitle);
  await brushTrend(page, histogram.id, 0.6, 0.999);
  const range = await brushedRange(page, histogram.id);
  expect(range).toEqual({ lo: range.lo, hi: bins[bins.length - 1].hi, closed: true });
  await expect(page.locator(`[data-chart="${histogram.id}"] .chart-filter`)).toHaveText(rangeText(range.lo, range.hi, bins[0].digits, true));
  const selected = rowsInValueRange(rows, histogram.x!, range);
  expect(selected.length).toBeGreaterThan(0);
  await expect(page.locator('.counter')).toHaveText(counterText(selected.length, total));
});

test('a histogram brush from 20 start positions: on release the header keeps the interval shown during the drag, the counter counts it from the CSV', async ({ page }) => {
  await openDashboard(page);
  const [histogram] = chartsOfKind('tpc-overview', 'histogram');
  const bins = (await barTitles(page, histogram.id).allTextContents()).map(parseBinTitle);
  const edges = [bins[0].lo, ...bins.map((bin) => bin.hi)];
  const note = `[data-chart="${histogram.id}"] .chart-filter`;
  const seen = new Set<string>();
  for (let i = 0; i < 20; i++) {
    // Starts spread over the axis (not on a pixel grid), spans of 2 to 35 % of it, every other drag leftwards.
    const from = 0.021 + i * 0.0487;
    const span = 0.02 + ((i * 7) % 10) * 0.037;
    const to = i % 2 === 1 && from - span > 0 ? from - span : Math.min(0.999, from + span);
    const drag = await startDrag(page, histogram.id, from, (from + to) / 2);
    await drag(to);
    const live = await textAfterFrames(page, note);
    expect(live, `drag ${i} (${from} → ${to}) shows an interval while the button is down`).toMatch(INTERVAL);
    await page.mouse.up();
    expect(await textAfterFrames(page, note), `drag ${i} (${from} → ${to}) after release`).toBe(live);
    const range = await brushedRange(page, histogram.id);
    expect(edges).toContain(range.lo);
    expect(edges).toContain(range.hi);
    expect(range.closed).toBe(range.hi === edges[edges.length - 1]);
    await expect(page.locator('.counter')).toHaveText(counterText(rowsInValueRange(rows, histogram.x!, range).length, total));
    seen.add(live);
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect(page.locator(note)).toHaveText('');
    await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  }
  expect(seen.size).toBeGreaterThan(15);
});
