import { expect, test, type Page } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { othersTitle } from '../src/charts/row-list';
import { clickRow, openDashboard, rowLabels, rowTitles } from './support/dashboard-page';
import { buildDataSet, type DataSet } from './support/data-set';
import { periodName, qaSource } from './support/distribution-sources';
import { countsBy } from './support/expected-counts';
import { serveDataSet } from './support/serve-data-set';
import { serveView } from './support/serve-view';
import { chartTextBoxes, overlaps, textProblems } from './support/text-boxes';

// 500 periods; the first 500 runs give each one run, the next 700 add runs unevenly.
const CATEGORIES = 500;
const RUNS = 1200;
const category = (i: number) => periodName(i < CATEGORIES ? i : (i * 7) % 97);
const view = {
  title: 'Many periods',
  charts: [
    { id: 'period', kind: 'row', x: 'qa.period' },
    { id: 'top', kind: 'row', x: 'qa.period', top: 10, order: 'count', title: 'Top periods' },
    { id: 'v', kind: 'histogram', x: 'qa.v' },
  ],
};
let set: DataSet;

test.beforeAll(async () => {
  set = await buildDataSet(qaSource(RUNS, { period: category, v: (i) => (i * 13) % 101 }));
});

async function open(page: Page): Promise<void> {
  await serveDataSet(page, set.files);
  await serveView(page, 'tpc-overview', view);
  await openDashboard(page);
}

/** Period names in natural order, by an independent rule: the number, then the letter. */
function naturalKey(name: string): [number, string] {
  const match = /^LHC(\d+)([a-z])$/.exec(name)!;
  return [Number(match[1]), match[2]];
}

test('every one of 500 periods is reachable by scrolling, in natural order, rows never overlapping', async ({ page }) => {
  // About 40 scroll positions, each checked in the page.
  test.setTimeout(150_000);
  await open(page);
  const counts = countsBy(set.rows, 'qa.period');
  expect(counts.size).toBe(CATEGORIES);
  const scroll = page.locator('[data-chart="period"] .row-scroll');
  const { pitch, visible, height } = await scroll.evaluate((node) => ({ pitch: Number(node.dataset.rowPitch), visible: Number(node.dataset.visibleRows), height: node.scrollHeight }));
  const seen: string[] = [];
  for (let top = 0; ; top += (visible - 1) * pitch) {
    const first = Math.min(CATEGORIES - visible, Math.floor(top / pitch));
    await scroll.evaluate((node, y) => node.scrollTo(0, y), top);
    await expect(scroll).toHaveAttribute('data-first-row', String(first));
    for (const label of await rowLabels(page, 'period')) if (label !== null && !seen.includes(label)) seen.push(label);
    const boxes = (await chartTextBoxes(page)).find((card) => card.chart === 'period')!;
    const rows = boxes.texts.filter((text) => !/^\d+$/.test(text.text));
    expect(rows.length).toBe(visible);
    for (let i = 0; i < rows.length; i++) for (const other of rows.slice(i + 1)) expect(overlaps(rows[i], other), `${rows[i].text} / ${other.text}`).toBe(false);
    expect(textProblems(boxes)).toEqual([]);
    if (top >= height) break;
  }
  expect(new Set(seen)).toEqual(new Set(counts.keys()));
  const sorted = [...seen].sort((a, b) => {
    const [[na, la], [nb, lb]] = [naturalKey(a), naturalKey(b)];
    return na - nb || (la < lb ? -1 : la > lb ? 1 : 0);
  });
  expect(seen).toEqual(sorted);
});

test('the filter box finds any period; clicking it filters exactly its runs', async ({ page }) => {
  await open(page);
  const counts = countsBy(set.rows, 'qa.period');
  const search = page.locator('[data-chart="period"] .row-search');
  const note = page.locator('[data-chart="period"] .chart-filter');
  for (const index of [0, 1, 96, 250, 377, 499]) {
    const name = periodName(index);
    await search.fill(name);
    await expect(rowTitles(page, 'period')).toHaveText([`${name}: ${counts.get(name)}`]);
    await clickRow(page, 'period', name);
    await expect(page.locator('.counter')).toHaveText(counterText(counts.get(name)!, RUNS));
    await expect(note).toHaveText(name);
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect(page.locator('.counter')).toHaveText(counterText(RUNS, RUNS));
  }
});

test('top 10 by count plus one others row; clicking others filters exactly the other periods’ runs', async ({ page }) => {
  await open(page);
  const counts = [...countsBy(set.rows, 'qa.period').entries()].sort((a, b) => b[1] - a[1]);
  const titles = await rowTitles(page, 'top').allTextContents();
  expect(titles).toHaveLength(11);
  // The ten largest counts, largest first (ties in any order among equals).
  expect(titles.slice(0, 10).map((title) => Number(title.split(': ')[1]))).toEqual(counts.slice(0, 10).map(([, n]) => n));
  const topNames = new Set<string | null>(titles.slice(0, 10).map((title) => title.split(': ')[0]));
  const rest = counts.filter(([name]) => !topNames.has(name)).reduce((sum, [, n]) => sum + n, 0);
  expect(titles[10]).toBe(othersTitle({ others: CATEGORIES - 10, value: rest }));
  await page.locator('[data-chart="top"] g.row').nth(10).locator('text').first().click();
  await expect(page.locator('.counter')).toHaveText(counterText(rest, RUNS));
});
