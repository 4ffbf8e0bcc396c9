import { expect, test, type Page } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { panelTexts } from '../src/panel/panel-texts';
import { MISSING_VALUE_TEXT } from '../src/panel/value-text';
import { brushedRuns, brushTrend, openDashboard } from './support/dashboard-page';
import { readRunsCsv, rowsInRunRange, type CsvRow } from './support/expected-counts';
import { byRun, emptySpot, fractionAt, injectedOutliers, panelValues, pointAt } from './support/identify-page';
import { chartsOfKind } from './support/view-charts';

const rows = byRun(readRunsCsv());
const total = rows.length;
const [trend] = chartsOfKind('tpc-overview', 'trend');
const [scatter] = chartsOfKind('tpc-overview', 'scatter');
const rowOf = (run: number) => rows.find((row) => Number(row.run) === run)!;
// The strongest injected outlier of the trend's variable (tpc.meanMIP).
const outlier = injectedOutliers('tpc', trend.y!.replace(/^tpc\./, ''))[0];
const outlierRow = rowOf(outlier.run);
const card = (chart: string) => `[data-chart="${chart}"]`;
const tooltip = (chart: string) => `${card(chart)} .run-tooltip`;
const hasNumber = (row: CsvRow, column: string) => row[column] !== '' && Number.isFinite(Number(row[column]));

/** The trend's point of `row` in viewport pixels. */
const trendPoint = (page: Page, row: CsvRow) => pointAt(page, trend.id, Number(row.run), Number(row[trend.y!]));

/** Every column of `row` as the run panel must show it: the CSV value read back, or missing for an empty cell. */
async function expectPanelShows(page: Page, row: CsvRow): Promise<void> {
  await expect(page.locator('.run-panel')).toHaveAttribute('data-run', row.run);
  const shown = await panelValues(page);
  const columns = Object.keys(row).filter((column) => column !== 'run');
  expect([...shown.keys()].sort()).toEqual([...columns].sort());
  for (const column of columns) {
    const { text, missing } = shown.get(column)!;
    if (row[column] === '') expect({ column, text, missing }).toEqual({ column, text: MISSING_VALUE_TEXT, missing: true });
    else if (Number.isFinite(Number(row[column]))) expect({ column, value: Number(text), missing }).toEqual({ column, value: Number(row[column]), missing: false });
    else expect({ column, text, missing }).toEqual({ column, text: row[column], missing: false });
  }
}

test.beforeAll(() => {
  expect(outlier.severity).toBe('clear');
  expect(hasNumber(outlierRow, trend.y!)).toBe(true);
});

test('hovering the injected MIP outlier on the trend shows its run, period and exact value', async ({ page }) => {
  await openDashboard(page);
  const at = await trendPoint(page, outlierRow);
  await page.mouse.move(at.x, at.y);
  const lines = page.locator(`${tooltip(trend.id)} > div`);
  await expect(page.locator(tooltip(trend.id))).toBeVisible();
  await expect(lines.first()).toHaveText(`run ${outlier.run}`);
  await expect(page.locator(tooltip(trend.id))).toContainText(`rct.period: ${outlierRow['rct.period']}`);
  const valueLine = (await lines.allTextContents()).find((line) => line.startsWith(`${trend.y} `))!;
  expect(Number(valueLine.slice(valueLine.lastIndexOf(': ') + 2))).toBe(Number(outlierRow[trend.y!]));
  // The tooltip stays inside the viewport.
  const box = (await page.locator(tooltip(trend.id)).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  const empty = await emptySpot(page, trend.id, rows, 'run', trend.y!);
  await page.mouse.move(empty.x, empty.y);
  await expect(page.locator(tooltip(trend.id))).toBeHidden();
});

test('clicking the outlier inside a brushed run range opens its panel with the CSV row; brush and count stay; next/previous stay in the selection', async ({ page }) => {
  await openDashboard(page);
  const f = await fractionAt(page, trend.id, outlier.run);
  await brushTrend(page, trend.id, Math.max(0.01, f - 0.015), Math.min(0.99, f + 0.015));
  const [lo, hi] = await brushedRuns(page, trend.id);
  expect(outlier.run).toBeGreaterThanOrEqual(lo);
  expect(outlier.run).toBeLessThanOrEqual(hi);
  const inRange = rowsInRunRange(rows, lo, hi);
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
  const selectionBefore = await page.locator(`${card(trend.id)} .brush .selection`).boundingBox();

  const at = await trendPoint(page, outlierRow);
  await page.mouse.click(at.x, at.y);
  await expectPanelShows(page, outlierRow);
  await expect(page.locator(`${card(trend.id)} .chart-filter`)).toHaveText(`runs ${lo}–${hi}`);
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
  expect(await page.locator(`${card(trend.id)} .brush .selection`).boundingBox()).toEqual(selectionBefore);

  const index = inRange.indexOf(outlierRow);
  await expect(page.locator('.run-position')).toHaveText(panelTexts.position(index + 1, inRange.length));
  await page.getByRole('button', { name: panelTexts.next }).click();
  await expectPanelShows(page, inRange[index + 1]);
  await page.getByRole('button', { name: panelTexts.previous }).click();
  await page.getByRole('button', { name: panelTexts.previous }).click();
  await expectPanelShows(page, inRange[index - 1]);
  // The last run of the range has no next one within the selection.
  for (let i = index - 1; i < inRange.length - 1; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.run-panel')).toHaveAttribute('data-run', inRange.at(-1)!.run);
  await expect(page.getByRole('button', { name: panelTexts.next })).toBeDisabled();
  await page.getByRole('button', { name: panelTexts.close }).click();
  await expect(page.locator('.run-panel')).toBeHidden();
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
});

test('a click on a point outside the brushed range opens that run and leaves the brush and count as they were', async ({ page }) => {
  await openDashboard(page);
  const f = await fractionAt(page, trend.id, outlier.run);
  // A range well to one side of the outlier, so the click lands on the brush's overlay, not its selection.
  const [from, to] = f > 0.5 ? [0.05, f - 0.2] : [f + 0.2, 0.95];
  await brushTrend(page, trend.id, from, to);
  const [lo, hi] = await brushedRuns(page, trend.id);
  expect(outlier.run < lo || outlier.run > hi).toBe(true);
  const counter = counterText(rowsInRunRange(rows, lo, hi).length, total);
  await expect(page.locator('.counter')).toHaveText(counter);

  const at = await trendPoint(page, outlierRow);
  await page.mouse.click(at.x, at.y);
  await expectPanelShows(page, outlierRow);
  await expect(page.locator(`${card(trend.id)} .chart-filter`)).toHaveText(`runs ${lo}–${hi}`);
  await expect(page.locator('.counter')).toHaveText(counter);
  const selection = page.locator(`${card(trend.id)} .brush .selection`);
  await expect(selection).toBeVisible();
  // The brush shows the same runs: the runs whose points lie under its pixels (read back through the trend's scale) span [lo, hi].
  const shown = await selection.evaluate((rect) => [Number(rect.getAttribute('x')), Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))]);
  const svg = await page.locator(`${card(trend.id)} svg.plot-svg`).evaluate((node) => ({ ...(node as SVGSVGElement).dataset }));
  const [d0, d1] = svg.xDomain!.split(',').map(Number);
  const [r0, r1] = svg.xRange!.split(',').map(Number);
  const invert = (px: number) => d0 + ((px - r0) / (r1 - r0)) * (d1 - d0);
  const under = rows.map((row) => Number(row.run)).filter((run) => run >= invert(shown[0]) && run <= invert(shown[1]));
  expect([under[0], under[under.length - 1]]).toEqual([lo, hi]);
  // A click where no point is, outside the brush, still clears it, as before.
  const brushed = (await selection.boundingBox())!;
  const empty = await emptySpot(page, trend.id, rows, 'run', trend.y!, (spot) => spot.x < brushed.x - 4 || spot.x > brushed.x + brushed.width + 4);
  await page.mouse.click(empty.x, empty.y);
  await expect(page.locator(`${card(trend.id)} .chart-filter`)).toHaveText('');
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
});

test('keyboard: arrows move the highlighted run in run order, Enter opens it, arrows step in the panel, Escape closes it', async ({ page }) => {
  await openDashboard(page);
  const drawn = rows.filter((row) => hasNumber(row, trend.y!));
  const plot = page.locator(`${card(trend.id)} svg.plot-svg`);
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(card(trend.id))).toHaveAttribute('data-highlighted-run', drawn[0].run);
  await expect(page.locator(`${tooltip(trend.id)} > div`).first()).toHaveText(`run ${drawn[0].run}`);
  await expect(page.locator(`${card(trend.id)} [role="status"]`)).toContainText(`run ${drawn[0].run};`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(card(trend.id))).toHaveAttribute('data-highlighted-run', drawn[1].run);
  await page.keyboard.press('Enter');
  await expectPanelShows(page, drawn[1]);
  await expect(page.locator('.run-panel')).toBeFocused();
  // With no filter every run is selected: the panel steps through all runs, drawn on the trend or not.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.run-panel')).toHaveAttribute('data-run', rows[rows.indexOf(drawn[1]) + 1].run);
  await page.keyboard.press('Escape');
  await expect(page.locator('.run-panel')).toBeHidden();
  await expect(plot).toBeFocused();
});

test('hovering a scatter point shows its run and both variables', async ({ page }) => {
  await openDashboard(page);
  expect(hasNumber(outlierRow, scatter.x!)).toBe(true);
  const at = await pointAt(page, scatter.id, Number(outlierRow[scatter.x!]), Number(outlierRow[scatter.y!]));
  await page.mouse.move(at.x, at.y);
  const lines = page.locator(`${tooltip(scatter.id)} > div`);
  await expect(lines.first()).toHaveText(`run ${outlier.run}`);
  const texts = await lines.allTextContents();
  for (const column of [scatter.x!, scatter.y!]) {
    const line = texts.find((text) => text.startsWith(`${column} `))!;
    expect(Number(line.slice(line.lastIndexOf(': ') + 2))).toBe(Number(outlierRow[column]));
  }
});
