import { expect, test } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { MISSING_CATEGORY_TEXT, MISSING_CLASS } from '../src/charts/chart-texts';
import { clickRow, openDashboard, rowLabels } from './support/dashboard-page';
import { buildDataSet, type DataSet } from './support/data-set';
import { expectRows } from './support/expect-charts';
import { categoriesOf, countsBy } from './support/expected-counts';
import { overviewSources } from './support/overview-sources';
import { serveDataSet } from './support/serve-data-set';

// Periods spelled like the app's missing marker, plus truly empty cells.
const SPELLINGS = ['LHC18b', '(missing)', '', 'missing', 'LHC18c', '', '(missing)'];
let set: DataSet;

test.beforeAll(async () => {
  set = await buildDataSet(overviewSources({ runs: 140, period: (i) => SPELLINGS[(i * 3) % SPELLINGS.length] }));
});

test('a period spelled "(missing)" or "missing" and truly missing periods are three rows, each filtering exactly its runs', async ({ page }) => {
  const rows = set.rows;
  const total = rows.length;
  expect(rows.filter((row) => row['rct.period'] === '').length).toBeGreaterThan(0);
  await serveDataSet(page, set.files);
  await openDashboard(page);
  await expectRows(page, 'period', 'rct.period', rows, rows);
  const categories = await rowLabels(page, 'period');
  expect(categories).toEqual(categoriesOf(rows, 'rct.period'));
  expect(categories).toEqual(expect.arrayContaining(['(missing)', 'missing', null]));
  const counts = countsBy(rows, 'rct.period');
  const note = page.locator('[data-chart="period"] .chart-filter');
  for (const category of categories) {
    await clickRow(page, 'period', category);
    await expect(page.locator('.counter')).toHaveText(counterText(counts.get(category)!, total));
    await expect(note).toHaveText(category ?? MISSING_CATEGORY_TEXT);
    // Only the truly missing one is marked as missing, in the note as in its row.
    await expect(note.locator(`.${MISSING_CLASS}`)).toHaveCount(category === null ? 1 : 0);
    await expect(page.locator('[data-chart="period"] g.row rect.selected')).toHaveCount(1);
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  }
});

test('the missing row is drawn apart from every value: italic label and dashed bar, a value spelled "missing" upright', async ({ page }) => {
  await serveDataSet(page, set.files);
  await openDashboard(page);
  const rows = page.locator('[data-chart="period"] g.row');
  const styles = await rows.evaluateAll((nodes, missingClass) =>
    nodes.map((row) => ({
      missing: row.classList.contains(missingClass),
      label: row.querySelector('text')!.textContent,
      fontStyle: getComputedStyle(row.querySelector('text')!).fontStyle,
      dash: getComputedStyle(row.querySelector('rect')!).strokeDasharray,
    })), MISSING_CLASS);
  const marked = styles.filter((row) => row.missing);
  expect(marked).toHaveLength(1);
  expect(marked[0]).toMatchObject({ label: MISSING_CATEGORY_TEXT, fontStyle: 'italic' });
  expect(marked[0].dash).not.toBe('none');
  for (const row of styles.filter((r) => !r.missing)) expect(row).toMatchObject({ fontStyle: 'normal', dash: 'none' });
  expect(styles.map((row) => row.label)).toEqual(expect.arrayContaining(['(missing)', 'missing']));
});
