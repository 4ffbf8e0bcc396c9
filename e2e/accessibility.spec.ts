import { expect, test } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { categoryText } from '../src/charts/chart-texts';
import { barTitles, brushInsideBar, openDashboard, rowLabels } from './support/dashboard-page';
import { parseBinTitle, rowsWithNumbers } from './support/expected-bins';
import { countsBy, readRunsCsv, rowsWithNumber } from './support/expected-counts';
import { chartsOfKind } from './support/view-charts';

const rows = readRunsCsv();
const total = rows.length;

/** WCAG contrast ratio of two CSS colours given as `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('a period row can be reached with Tab and chosen with Enter', async ({ page }) => {
  await openDashboard(page);
  const rowRects = page.locator('[data-chart="period"] g.row rect');
  let focused = false;
  for (let i = 0; i < 30 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await rowRects.evaluateAll((nodes) => nodes.includes(document.activeElement as SVGElement));
  }
  expect(focused).toBe(true);
  const index = await rowRects.evaluateAll((nodes) => nodes.indexOf(document.activeElement as SVGElement));
  const label = (await rowLabels(page, 'period'))[index];
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-chart="period"] .chart-filter')).toHaveText(categoryText(label));
  await expect(page.locator('.counter')).toHaveText(counterText(countsBy(rows, 'rct.period').get(label) ?? 0, total));
});

test('row labels contrast at least 4.5:1 with their bar and with the card', async ({ page }) => {
  await openDashboard(page);
  const colours = await page.locator('[data-chart="period"] g.row').first().evaluate((row) => ({
    text: getComputedStyle(row.querySelector('text')!).fill,
    bar: getComputedStyle(row.querySelector('rect')!).fill,
    card: getComputedStyle(row.closest('.chart-card')!).backgroundColor,
  }));
  expect(contrast(colours.text, colours.bar)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(colours.text, colours.card)).toBeGreaterThanOrEqual(4.5);
});

test('when every run is filtered out, row bars have zero width over their runs, on the count axis they had', async ({ page }) => {
  await openDashboard(page);
  const axis = page.locator('[data-chart="period"] .axis .tick text');
  const before = await axis.allTextContents();
  // The axis reaches the largest period's run count.
  const largest = Math.max(...countsBy(rows, 'rct.period').values());
  expect(Number(before.at(-1))).toBeLessThanOrEqual(largest);
  expect(Number(before.at(-1))).toBeGreaterThan(largest / 2);
  const [histogram] = chartsOfKind('tpc-overview', 'histogram');
  const bins = (await barTitles(page, histogram.id).allTextContents()).map(parseBinTitle);
  const empty = bins.findIndex((bin) => bin.total === 0);
  expect(empty).toBeGreaterThanOrEqual(0);
  await brushInsideBar(page, histogram.id, empty, 0.2, 0.8);
  await expect(page.locator('.counter')).toHaveText(counterText(0, total));
  const widths = await page.locator('[data-chart="period"] g.row rect').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('width')));
  expect(widths.length).toBeGreaterThan(0);
  expect(new Set(widths)).toEqual(new Set(['0']));
  await expect(axis).toHaveText(before);
  const totals = await page.locator('[data-chart="period"] g.row path.row-total').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().width));
  expect(totals.length).toBe(widths.length);
  expect(totals.every((width) => width > 0)).toBe(true);
});

test('the counter is not a live region; a polite announcer gets the count once it settles', async ({ page }) => {
  await openDashboard(page);
  const counter = page.locator('.counter');
  expect(await counter.evaluate((node) => node.tagName.toLowerCase() !== 'output' && !node.hasAttribute('aria-live') && !node.hasAttribute('role'))).toBe(true);
  const announcer = page.locator('[aria-live="polite"]');
  await expect(announcer).toHaveCount(1);
  await expect(announcer).toHaveText(counterText(total, total));
});

test('a histogram names its variable once, on its x axis (no subtitle repeating it)', async ({ page }) => {
  await openDashboard(page);
  for (const histogram of chartsOfKind('tpc-overview', 'histogram')) {
    const card = page.locator(`[data-chart="${histogram.id}"]`);
    await expect(card.locator('.chart-subtitle')).toHaveText('');
    await expect(card.locator('.x-axis-label')).toContainText(histogram.x!);
  }
});

test.describe('on a screen with 2 device pixels per CSS pixel', () => {
  test.use({ deviceScaleFactor: 2 });

  test('point canvases are backed at twice their CSS size and draw the same runs', async ({ page }) => {
    await openDashboard(page);
    const canvas = page.locator('[data-chart="mip-trend"] canvas');
    const sizes = await canvas.evaluate((node) => {
      const box = node.getBoundingClientRect();
      return { width: (node as HTMLCanvasElement).width, height: (node as HTMLCanvasElement).height, cssWidth: box.width, cssHeight: box.height };
    });
    expect(sizes.width).toBe(Math.round(sizes.cssWidth * 2));
    expect(sizes.height).toBe(Math.round(sizes.cssHeight * 2));
    await expect(page.locator('[data-chart="mip-trend"]')).toHaveAttribute('data-selected', String(rowsWithNumber(rows, 'tpc.meanMIP').length));
    const [scatter] = chartsOfKind('tpc-overview', 'scatter');
    await expect(page.locator(`[data-chart="${scatter.id}"]`)).toHaveAttribute('data-selected', String(rowsWithNumbers(rows, [scatter.x!, scatter.y!]).length));
  });
});
