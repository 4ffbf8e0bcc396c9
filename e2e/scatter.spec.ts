import { expect, test } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { openDashboard } from './support/dashboard-page';
import { brushBox, brushedBox, clickPlot } from './support/scatter-page';
import { expectBins, expectRows } from './support/expect-charts';
import { rowsWithNumbers } from './support/expected-bins';
import { readRunsCsv, rowsInBox, rowsWithNumber } from './support/expected-counts';
import { chartsOfKind } from './support/view-charts';

const rows = readRunsCsv();
const total = rows.length;
const [scatter] = chartsOfKind('tpc-overview', 'scatter');
const histograms = chartsOfKind('tpc-overview', 'histogram');
const card = (chart: string) => `[data-chart="${chart}"]`;

test('a box on the scatter selects the runs with both values inside it in every other chart, not in its own', async ({ page }) => {
  await openDashboard(page);
  await brushBox(page, scatter.id, [0.4, 0.25], [0.62, 0.6]);
  const box = await brushedBox(page, scatter.id);
  const inBox = rowsInBox(rows, scatter.x!, scatter.y!, box);
  expect(inBox.length).toBeGreaterThan(0);
  expect(inBox.length).toBeLessThan(total);
  await expect(page.locator('.counter')).toHaveText(counterText(inBox.length, total));
  await expectRows(page, 'period', 'rct.period', inBox, rows);
  await expectRows(page, 'beam', 'rct.beamType', inBox, rows);
  for (const histogram of histograms) await expectBins(page, histogram.id, histogram.x!, inBox, rows);
  await expect(page.locator(card('mip-trend'))).toHaveAttribute('data-selected', String(rowsWithNumber(inBox, 'tpc.meanMIP').length));
  // Its own box does not dim its own points.
  await expect(page.locator(card(scatter.id))).toHaveAttribute('data-selected', String(rowsWithNumbers(rows, [scatter.x!, scatter.y!]).length));
});

test('Reset all clears the scatter box; so does a click on the plot without a drag', async ({ page }) => {
  await openDashboard(page);
  const note = page.locator(`${card(scatter.id)} .chart-filter`);
  const selection = page.locator(`${card(scatter.id)} .brush .selection`);
  await brushBox(page, scatter.id, [0.1, 0.1], [0.6, 0.6]);
  await brushedBox(page, scatter.id);
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(note).toHaveText('');
  await expect(selection).toBeHidden();
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));

  await brushBox(page, scatter.id, [0.3, 0.3], [0.9, 0.9]);
  await brushedBox(page, scatter.id);
  await expect(page.locator('.counter')).not.toHaveText(counterText(total, total));
  await clickPlot(page, scatter.id, [0.1, 0.1]);
  await expect(note).toHaveText('');
  await expect(selection).toBeHidden();
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await expectRows(page, 'period', 'rct.period', rows, rows);
});

test('after a window resize the scatter shows the same box and the same selection', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openDashboard(page);
  await brushBox(page, scatter.id, [0.3, 0.2], [0.7, 0.7]);
  const box = await brushedBox(page, scatter.id);
  const counter = counterText(rowsInBox(rows, scatter.x!, scatter.y!, box).length, total);
  await expect(page.locator('.counter')).toHaveText(counter);
  const selection = page.locator(`${card(scatter.id)} .brush .selection`);
  const before = await selection.boundingBox();

  await page.setViewportSize({ width: 900, height: 900 });
  await expect.poll(async () => (await selection.boundingBox())?.width).not.toBe(before?.width);
  expect(await brushedBox(page, scatter.id)).toEqual(box);
  await expect(selection).toBeVisible();
  await expect(page.locator('.counter')).toHaveText(counter);
});
