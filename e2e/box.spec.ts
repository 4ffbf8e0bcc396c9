import { expect, test, type Page } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { brushedRange, brushTrend, openDashboard } from './support/dashboard-page';
import { buildDataSet, type DataSet } from './support/data-set';
import { qaSource, quantile7 } from './support/distribution-sources';
import { rowsInValueRange } from './support/expected-bins';
import type { CsvRow } from './support/expected-counts';
import { serveDataSet } from './support/serve-data-set';
import { serveView } from './support/serve-view';

const RUNS = 300;
const BEAMS = ['pp', 'p-Pb', 'Pb-Pb', 'Xe-Xe', ''];
// meanMIP near 50, a far outlier every 29th run, missing every 17th.
const mip = (i: number) => (i % 17 === 0 ? '' : i % 29 === 0 ? 90 + (i % 3) : 50 + (((i * 37) % 21) - 10) * 0.3 + (i % 5) * 0.7);
const view = {
  title: 'Boxes',
  charts: [
    { id: 'box', kind: 'box', x: 'qa.beam', y: 'qa.mip' },
    { id: 'h', kind: 'histogram', x: 'qa.ncl', bins: 10 },
  ],
};
let set: DataSet;

test.beforeAll(async () => {
  set = await buildDataSet(qaSource(RUNS, { beam: (i) => BEAMS[(i * 7) % 5 === 4 && i % 2 ? 4 : i % 4], mip, ncl: (i) => 80 + ((i * 11) % 60) }));
});

async function open(page: Page): Promise<void> {
  await serveDataSet(page, set.files);
  await serveView(page, 'tpc-overview', view);
  await openDashboard(page);
}

/** The numbers a box should show for `rows` of one beam type, computed here (type-7 quartiles, Tukey fences). */
function expectedBox(rows: readonly CsvRow[]) {
  const values = rows.filter((row) => row['qa.mip'] !== '').map((row) => Number(row['qa.mip'])).sort((a, b) => a - b);
  const [q1, median, q3] = [0.25, 0.5, 0.75].map((p) => quantile7(values, p));
  const iqr = q3 - q1;
  const inside = values.filter((v) => v >= q1 - 1.5 * iqr && v <= q3 + 1.5 * iqr);
  return { n: values.length, q1, median, q3, whiskerLo: inside[0], whiskerHi: inside[inside.length - 1], outliers: values.length - inside.length };
}

/** The numbers each box shows, by category (null: the missing beam type). */
async function shownBoxes(page: Page) {
  return page.locator('[data-chart="box"] g.box').evaluateAll((boxes) =>
    boxes.map((box) => {
      const d = (box as SVGGElement).dataset;
      return { category: d.category ?? null, n: Number(d.n), q1: Number(d.q1), median: Number(d.median), q3: Number(d.q3), whiskerLo: Number(d.whiskerLo), whiskerHi: Number(d.whiskerHi), outliers: Number(d.outliers) };
    }),
  );
}

function expectBoxes(shown: Awaited<ReturnType<typeof shownBoxes>>, rows: readonly CsvRow[]): void {
  for (const box of shown) {
    const want = expectedBox(rows.filter((row) => row['qa.beam'] === (box.category ?? '')));
    expect(box.n, `${box.category}: n`).toBe(want.n);
    for (const key of ['q1', 'median', 'q3', 'whiskerLo', 'whiskerHi'] as const) expect(box[key], `${box.category}: ${key}`).toBeCloseTo(want[key], 9);
    expect(box.outliers, `${box.category}: outliers`).toBe(want.outliers);
  }
}

test('each box shows the quartiles, median, whiskers and outliers of its runs, as computed from the CSV', async ({ page }) => {
  await open(page);
  const shown = await shownBoxes(page);
  expect(shown.map((box) => box.category).sort()).toEqual(['Pb-Pb', 'Xe-Xe', 'p-Pb', 'pp', null].sort());
  expect(shown.some((box) => box.outliers > 0)).toBe(true);
  expectBoxes(shown, set.rows);
  await expect(page.locator('[data-chart="box"] circle.box-outlier')).toHaveCount(shown.reduce((sum, box) => sum + box.outliers, 0));
});

test('clicking a box filters exactly its category’s runs; its own boxes stay; a brush elsewhere recomputes them', async ({ page }) => {
  await open(page);
  const before = await shownBoxes(page);
  for (const category of ['p-Pb', null]) {
    const box = page.locator('[data-chart="box"] g.box').nth(before.findIndex((b) => b.category === category));
    await box.locator('rect.box-target').click();
    const runs = set.rows.filter((row) => row['qa.beam'] === (category ?? ''));
    await expect(page.locator('.counter')).toHaveText(counterText(runs.length, RUNS));
    await expect(box).toHaveClass(/selected/);
    // The chart's own filter does not filter it.
    expect(await shownBoxes(page)).toEqual(before);
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect(page.locator('.counter')).toHaveText(counterText(RUNS, RUNS));
  }
  await brushTrend(page, 'h', 0.2, 0.6);
  const range = await brushedRange(page, 'h');
  const inRange = rowsInValueRange(set.rows, 'qa.ncl', range);
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, RUNS));
  expectBoxes(await shownBoxes(page), inRange);
});
