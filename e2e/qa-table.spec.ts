import { expect, test, type Page } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { chipTexts } from '../src/qa/status-chips';
import { collectErrors, openDashboard } from './support/dashboard-page';
import { expectRows } from './support/expect-charts';
import { readRunsCsv } from './support/expected-counts';
import { bandedVariable, demoOutliers, expectedOutlierRuns, nsigmaInPeriod, sortedRuns, viewRules } from './support/qa-expected';

const rows = readRunsCsv();
const total = rows.length;
const outliers = expectedOutlierRuns(rows, 'tpc-qa');

/** The run numbers of the table's rows in the page (the rendered window), top to bottom. */
async function tableRuns(page: Page): Promise<number[]> {
  const runs = await page.locator('.outlier-table .table-row').evaluateAll((lines) => lines.map((line) => Number((line as HTMLElement).dataset.run)));
  return runs;
}

test('the Outlier chip counts the injected clear outliers; clicking it lists exactly them and filters every chart', async ({ page }) => {
  const errors = collectErrors(page);
  await openDashboard(page, '?view=tpc-qa');
  expect(outliers.length).toBeGreaterThan(5);
  const chip = page.locator('.status-chips [data-status="Outlier"]');
  await expect(chip).toHaveText(chipTexts.chip('Outlier', outliers.length));
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.counter')).toHaveText(counterText(outliers.length, total));
  await expect.poll(() => tableRuns(page)).toEqual(outliers);
  await expect(page.locator('.outlier-table .table-row [data-column="status"]')).toHaveText(outliers.map(() => 'Outlier'));
  const selected = rows.filter((row) => outliers.includes(Number(row.run)));
  await expectRows(page, 'period', 'rct.period', selected, rows);
  await expectRows(page, 'beam', 'rct.beamType', selected, rows);
  await expect(page.locator('[data-chart="mip-trend"]')).toHaveAttribute('data-selected', String(selected.filter((row) => row['tpc.meanMIP'] !== '').length));
  // The trend draws the reference bands of the variable its rules band: centre and ±3σ/±6σ per period.
  await expect(page.locator('[data-chart="mip-trend"] .band-overlay line.band-centre').first()).toBeAttached();
  await chip.click();
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  expect(errors).toEqual([]);
});

test('expanding an outlier run shows the rule that fired with its variable and nsigma over its period', async ({ page }) => {
  await openDashboard(page, '?view=tpc-qa');
  const banded = new Set(viewRules('tpc-qa').filter((r) => r.level === 'Outlier').map(bandedVariable));
  const injected = demoOutliers().find((o) => o.severity === 'clear' && outliers.includes(o.run) && banded.has(`${o.source}.${o.column}`))!;
  const variable = `${injected.source}.${injected.column}`;
  await page.locator('.status-chips [data-status="Outlier"]').click();
  const line = page.locator(`.outlier-table .table-row[data-run="${injected.run}"]`);
  await line.getByRole('button').click();
  const detail = line.locator('.detail-line', { hasText: `${injected.column}_Outlier` });
  await expect(detail).toHaveCount(1);
  const text = (await detail.textContent()) ?? '';
  const match = new RegExp(`${variable.replace(/[.[\]]/g, '\\$&')}: \\|nsigma\\| = ([\\d.]+) > 6`).exec(text);
  expect(match, text).not.toBeNull();
  const expected = Math.abs(nsigmaInPeriod(rows, variable, injected.run));
  expect(expected).toBeGreaterThan(6);
  // The page shows 4 significant digits.
  expect(Math.abs(Number(match![1]) - expected) / expected).toBeLessThan(1e-3);
});

test('sorting by a column orders the table as the CSV sorts, and clicking again reverses it', async ({ page }) => {
  await openDashboard(page, '?view=tpc-qa');
  const header = page.locator('.outlier-table .table-sort[data-column="tpc.meanMIP"]');
  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = sortedRuns(rows, 'tpc.meanMIP', 'asc');
  await expect.poll(async () => (await tableRuns(page))[0]).toBe(ascending[0]);
  const shown = await tableRuns(page);
  expect(shown.length).toBeGreaterThan(10);
  expect(shown).toEqual(ascending.slice(0, shown.length));
  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = sortedRuns(rows, 'tpc.meanMIP', 'desc');
  await expect.poll(async () => (await tableRuns(page))[0]).toBe(descending[0]);
  const reversed = await tableRuns(page);
  expect(reversed).toEqual(descending.slice(0, reversed.length));
  // Scrolled to the end, the last rows are the runs without a value, in run order.
  await page.locator('.outlier-table .table-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(async () => (await tableRuns(page)).at(-1)).toBe(descending.at(-1));
  const tail = await tableRuns(page);
  expect(tail).toEqual(descending.slice(descending.length - tail.length));
});

test('a header sorted from the keyboard keeps the focus, and Enter again reverses the sort', async ({ page }) => {
  await openDashboard(page, '?view=tpc-qa');
  const header = page.locator('.outlier-table .table-sort[data-column="tpc.meanMIP"]');
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => (await tableRuns(page))[0]).toBe(sortedRuns(rows, 'tpc.meanMIP', 'asc')[0]);
  await expect(header).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => (await tableRuns(page))[0]).toBe(sortedRuns(rows, 'tpc.meanMIP', 'desc')[0]);
  await expect(header).toBeFocused();
  // Tab moves on to the next header: the focus stayed in the table's header row.
  await page.keyboard.press('Tab');
  await expect(page.locator('.outlier-table .table-sort').nth(await header.evaluate((el) => [...el.parentElement!.children].indexOf(el) + 1))).toBeFocused();
});

test('every column header shows its whole name, wrapped where the name breaks best, at 1280 and 360 px', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await openDashboard(page, '?view=tpc-qa');
    const headers = await page.locator('.outlier-table .table-sort').evaluateAll((buttons) =>
      buttons.map((b) => ({ column: (b as HTMLElement).dataset.column, text: b.textContent, cut: b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight, lines: Math.round(b.getBoundingClientRect().height) })),
    );
    expect(headers.length).toBeGreaterThan(8);
    for (const header of headers) {
      expect(header.text, `${width} px`).toBe(header.column);
      expect(header.cut, `${header.column} at ${width} px`).toBe(false);
    }
    // The long names did wrap: some header is taller than one line.
    expect(new Set(headers.map((h) => h.lines)).size).toBeGreaterThan(1);
  }
});
