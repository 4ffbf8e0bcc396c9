import { expect, test, type Page } from '@playwright/test';
import { visibleText } from '../src/charts/visible-text';
import { openDashboard } from './support/dashboard-page';
import { buildDataSet, type DataSet } from './support/data-set';
import { qaSource } from './support/distribution-sources';
import { serveDataSet } from './support/serve-data-set';
import { serveView } from './support/serve-view';
import { chartTextBoxes, inside, textProblems } from './support/text-boxes';

const RUNS = 60;
const RLO = '\u202Elave';
const LONG_NAME = `resolution_${'MIPele_'.repeat(30)}end`;
const HUGE_LABEL = `LHC18q_${'x'.repeat(100_000)}`;
const CATEGORIES = ['LHC10b', 'LHC17p', 'שלום-pass1', ' pp', 'p\u0007Pb', HUGE_LABEL, `LHC18r_${'long_name_'.repeat(12)}`];
const view = {
  title: 'Labels',
  charts: [
    { id: 'rlo', kind: 'histogram', x: `qa.${RLO}` },
    { id: 'long', kind: 'histogram', x: `qa.${LONG_NAME}` },
    { id: 'custom', kind: 'histogram', x: `qa.${LONG_NAME}`, label: 'MIP resolution', bins: 7 },
    { id: 'periods', kind: 'row', x: 'qa.period' },
    { id: 'box', kind: 'box', x: 'qa.period', y: `qa.${LONG_NAME}` },
    // Wide y ticks (1e9…), a long y name and long period labels; one on run order, one on time.
    { id: 'trend-long', kind: 'trend', x: 'ordinal', y: `qa.${LONG_NAME}`, groupBy: 'qa.period' },
    { id: 'trend-time', kind: 'trend', x: 'time', y: `qa.${LONG_NAME}`, time: 'qa.start', groupBy: 'qa.period' },
    { id: 'scatter-long', kind: 'scatter', x: `qa.${LONG_NAME}`, y: `qa.${LONG_NAME}` },
  ],
};
let set: DataSet;

test.beforeAll(async () => {
  set = await buildDataSet(
    qaSource(RUNS, { [RLO]: (i) => (i * 7) % 23, [LONG_NAME]: (i) => 1e9 + ((i * 13) % 17) * 1.5e8, period: (i) => CATEGORIES[Math.floor(i / 9) % CATEGORIES.length], start: (i) => 1_600_000_000 + i * 5400 }),
  );
});

async function open(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await serveDataSet(page, set.files);
  await serveView(page, 'tpc-overview', view);
  await openDashboard(page);
}

test('a header holding U+202E reads as written, marked, in the title and on the axis', async ({ page }) => {
  await open(page, 1280);
  const shown = visibleText(`qa.${RLO}`);
  expect(shown).toBe('qa.⟨U+202E⟩lave');
  await expect(page.locator('[data-chart="rlo"] .chart-title')).toHaveText(shown);
  await expect(page.locator('[data-chart="rlo"] text.x-axis-label')).toHaveText(shown);
  await expect(page.locator('[data-chart="custom"] text.x-axis-label')).toHaveText('MIP resolution');
  // Control characters and end spaces in categories are shown as markers.
  const labels = await page.locator('[data-chart="periods"] g.row text').allTextContents();
  expect(labels).toEqual(expect.arrayContaining([visibleText(' pp'), visibleText('p\u0007Pb'), 'שלום-pass1']));
});

test('the outlier table shows data text as the charts do: invisible characters marked in its headers and category cells', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await serveDataSet(page, set.files);
  await serveView(page, 'tpc-overview', {
    title: 'Labels in the table',
    charts: [{ id: 'periods', kind: 'row', x: 'qa.period' }],
    reference: { kind: 'all' },
    rules: [{ name: 'high', level: 'Warning', expression: `qa.${LONG_NAME} > 2e9` }],
    table: { columns: ['qa.period', `qa.${RLO}`] },
  });
  await openDashboard(page);
  await expect(page.locator(`.outlier-table .table-sort[data-column="qa.${RLO}"]`)).toHaveText(visibleText(`qa.${RLO}`));
  const header = page.locator('.outlier-table .table-sort[data-column="qa.period"]');
  const periodCells = () => page.locator('.outlier-table .table-row [data-column="qa.period"]').allTextContents();
  // Ascending, ' pp' comes first (a space sorts before letters); descending, 'p\u0007Pb' comes right after the Hebrew name.
  await header.click();
  const ascending = await periodCells();
  expect(ascending[0]).toBe(visibleText(' pp'));
  await header.click();
  const descending = await periodCells();
  expect(descending).toContain(visibleText('p\u0007Pb'));
  expect([...ascending, ...descending].some((cell) => cell === ' pp' || cell.includes('\u0007'))).toBe(false);
});

for (const width of [320, 1280, 2560]) {
  test(`at ${width} px: no axis text overlaps another or leaves its card, the page is no wider than the window`, async ({ page }) => {
    await open(page, width);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(width);
    const cards = await chartTextBoxes(page);
    expect(cards.map((card) => card.chart)).toEqual(view.charts.map((chart) => chart.id));
    for (const card of cards) {
      expect(card.texts.length).toBeGreaterThan(2);
      expect(textProblems(card)).toEqual([]);
    }
    // Titles, subtitles and filter notes stay inside their cards too.
    const headers = await page.locator('[data-chart] :is(.chart-title, .chart-subtitle)').evaluateAll((nodes) =>
      // An empty subtitle is not displayed (no box).
      nodes.filter((node) => node.getBoundingClientRect().width > 0).map((node) => {
        const r = node.getBoundingClientRect();
        const c = node.closest('[data-chart]')!.getBoundingClientRect();
        return { text: { text: node.textContent!.slice(0, 30), left: r.left, right: r.right, top: r.top, bottom: r.bottom }, card: { text: '', left: c.left, right: c.right, top: c.top, bottom: c.bottom } };
      }),
    );
    expect(headers.length).toBeGreaterThanOrEqual(view.charts.length);
    for (const { text, card } of headers) expect(inside(text, card), text.text).toBe(true);
  });
}

test('a 100 kB category is cut with an ellipsis, its full text kept in its title', async ({ page }) => {
  await open(page, 1280);
  const row = page.locator('[data-chart="periods"] g.row').filter({ has: page.locator('title', { hasText: /^LHC18q_x/ }) });
  const label = await row.locator('text').first().textContent();
  expect(label!.length).toBeLessThan(200);
  expect(label!.endsWith('…')).toBe(true);
  expect(await row.locator('title').last().textContent()).toContain(HUGE_LABEL);
});
