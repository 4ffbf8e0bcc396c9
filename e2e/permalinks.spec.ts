import { expect, test, type Page } from '@playwright/test';
import { appMessages } from '../src/app/app-messages';
import { counterText } from '../src/app/counter-text';
import { categoryText } from '../src/charts/chart-texts';
import { kindMessages } from '../src/charts/kinds/kind-messages';
import { STATUSES } from '../src/flags/flag-rule';
import { permalinkMessages } from '../src/state/permalink-messages';
import { brushedRange, brushedRuns, brushTrend, clickRow, collectErrors, openDashboard } from './support/dashboard-page';
import { rowsInValueRange } from './support/expected-bins';
import { countsBy, readRunsCsv, rowsInRunRange, type CsvRow } from './support/expected-counts';
import { expectedOutlierRuns } from './support/qa-expected';
import { chooseAxisMode } from './support/trend-page';
import { chartsOfKind } from './support/view-charts';

const rows = readRunsCsv();
const total = rows.length;
const [histogram] = chartsOfKind('tpc-overview', 'histogram');

/** What a reader of the page sees of its state: the counter, every chart's filter note, each row chart's selected rows. */
async function shownState(page: Page) {
  return {
    counter: await page.locator('.counter').textContent(),
    notes: await page.locator('.chart-card').evaluateAll((cards) => cards.map((card) => [card.getAttribute('data-chart'), card.querySelector('.chart-filter')?.textContent ?? ''])),
    selectedRows: await page.locator('.chart-row g.row').evaluateAll((groups) =>
      groups.filter((group) => group.querySelector('rect')?.classList.contains('selected')).map((group) => group.querySelector('title')?.textContent ?? ''),
    ),
  };
}

/** A link's `f` or `ui` part as the app writes it: JSON with `"` and `~` swapped, percent-encoded. */
const part = (json: object) => encodeURIComponent(JSON.stringify(json).replace(/["~]/g, (mark) => (mark === '"' ? '~' : '"')));

/** The JSON a page's address holds in part `name` (`f` or `ui`), or null when it has none. */
function addressPart(page: Page, name: string): unknown {
  const text = new URL(page.url()).searchParams.get(name);
  return text === null ? null : JSON.parse(text.replace(/["~]/g, (mark) => (mark === '"' ? '~' : '"')));
}

/** The most common period among `subset`. */
function topPeriod(subset: readonly CsvRow[]): string {
  return [...countsBy(subset, 'rct.period')].filter(([category]) => category !== null).sort((a, b) => b[1] - a[1])[0][0] as string;
}

/** Brushes the trend, a histogram and clicks a period; returns the runs all three select (computed from the CSV). */
async function filterThreeCharts(page: Page): Promise<{ selected: CsvRow[]; period: string }> {
  await brushTrend(page, 'mip-trend', 0.15, 0.85);
  const [lo, hi] = await brushedRuns(page, 'mip-trend');
  await brushTrend(page, histogram.id, 0.1, 0.8);
  const range = await brushedRange(page, histogram.id);
  const both = rowsInValueRange(rowsInRunRange(rows, lo, hi), histogram.x!, range);
  const period = topPeriod(both);
  await clickRow(page, 'period', period);
  const selected = both.filter((row) => row['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(selected.length, total));
  return { selected, period };
}

test('a copied link opens, in a new page, the same filters of three charts: counter, filter notes and selected rows', async ({ page, context }) => {
  const errors = collectErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '?view=tpc-overview');
  const { selected, period } = await filterThreeCharts(page);
  expect(selected.length).toBeGreaterThan(0);
  expect(selected.length).toBeLessThan(total);
  const before = await shownState(page);
  expect(before.selectedRows).toHaveLength(1);
  expect(before.selectedRows[0].startsWith(`${period}: `)).toBe(true);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.link-note')).toHaveText(appMessages.linkCopied());
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(new URL(link).searchParams.get('view')).toBe('tpc-overview');

  const other = await context.newPage();
  const otherErrors = collectErrors(other);
  await other.goto(link);
  await expect(other.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(other.locator('.counter')).toHaveText(counterText(selected.length, total));
  expect(await shownState(other)).toEqual(before);
  await expect(other.locator('[data-chart="period"] .chart-filter')).toHaveText(categoryText(period));
  await expect(other.locator('.status')).toHaveText('');
  expect([...errors, ...otherErrors]).toEqual([]);
});

test('back and forward step through the filters, one history entry per brush however many mouse steps it took', async ({ page }) => {
  await openDashboard(page, '?view=tpc-overview');
  const opened = await shownState(page);
  const entries = await page.evaluate(() => history.length);
  await brushTrend(page, 'mip-trend', 0.2, 0.7);
  const [lo, hi] = await brushedRuns(page, 'mip-trend');
  const inRange = rowsInRunRange(rows, lo, hi);
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
  const afterBrush = await shownState(page);
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  const period = topPeriod(inRange);
  await clickRow(page, 'period', period);
  const both = inRange.filter((row) => row['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(both.length, total));
  const afterClick = await shownState(page);
  expect(await page.evaluate(() => history.length)).toBe(entries + 2);

  await page.goBack();
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
  expect(await shownState(page)).toEqual(afterBrush);
  await page.goBack();
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  expect(await shownState(page)).toEqual(opened);
  await page.goForward();
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
  expect(await shownState(page)).toEqual(afterBrush);
  await page.goForward();
  await expect(page.locator('.counter')).toHaveText(counterText(both.length, total));
  expect(await shownState(page)).toEqual(afterClick);
});

test('an old link opens what still fits: a removed chart, a filter of the wrong kind and a bad setting are named in the status line', async ({ page }) => {
  const period = topPeriod(rows);
  const filters = `{~gone~:{~column~:~run~,~kind~:~range~,~lo~:1,~hi~:2,~closed~:true},~${histogram.id}~:{~column~:~${histogram.x}~,~kind~:~in~,~values~:[~a~]},~period~:{~column~:~rct.period~,~kind~:~in~,~values~:[~${period}~]}}`;
  await openDashboard(page, `?view=tpc-overview&f=${encodeURIComponent(filters)}&ui=${encodeURIComponent('{~openRun~:~soon~,~colour~:1}')}`);
  const ofPeriod = rows.filter((row) => row['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(ofPeriod.length, total));
  await expect(page.locator('[data-chart="period"] .chart-filter')).toHaveText(categoryText(period));
  await expect(page.locator(`[data-chart="${histogram.id}"] .chart-filter`)).toHaveText('');
  await expect(page.locator('.status')).toHaveText(
    permalinkMessages.opened([
      permalinkMessages.badUiField('openRun'),
      permalinkMessages.unknownUiField('colour'),
      permalinkMessages.unknownChart('gone'),
      permalinkMessages.badClause(histogram.id, kindMessages.wrongClauseKind(histogram.id, 'in', ['range'])),
    ]),
  );
  // The address is rewritten to what was applied: the period's filter, no settings.
  await expect.poll(() => addressPart(page, 'f')).toEqual({ period: { column: 'rct.period', kind: 'in', values: [period] } });
  expect(addressPart(page, 'ui')).toBeNull();
});

test('a link that is not JSON opens the view with its own filters and says so', async ({ page }) => {
  await openDashboard(page, '?view=tpc-overview&f=%7Bnot-json');
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await expect(page.locator('.status')).toHaveText(permalinkMessages.opened([permalinkMessages.notJson('f')]));
});

test('where the clipboard refuses, the link is shown selected in a text field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await openDashboard(page, '?view=tpc-overview');
  await brushTrend(page, 'mip-trend', 0.3, 0.6);
  await brushedRuns(page, 'mip-trend');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this state' });
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  await expect(page.locator('.link-note')).toHaveText(appMessages.copyLinkByHand());
  expect(await field.inputValue()).toBe(page.url());
  expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length])).toEqual([0, page.url().length, page.url().length]);
  // Once the filters change, the link shown is no longer this page's: it goes.
  await brushTrend(page, 'mip-trend', 0.1, 0.4);
  await expect(field).toBeHidden();
  await expect(page.locator('.link-note')).toHaveText('');
});

test('back after a view switch returns to the previous view with its filters; forward to the other view', async ({ page }) => {
  await openDashboard(page, '?view=tpc-overview');
  const period = topPeriod(rows);
  await clickRow(page, 'period', period);
  const ofPeriod = rows.filter((row) => row['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(ofPeriod.length, total));
  const filtered = await shownState(page);
  await page.getByRole('combobox', { name: 'View' }).selectOption('event-selection');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await expect(page).toHaveURL(/\?view=event-selection$/);
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'View' })).toHaveValue('tpc-overview');
  await expect(page.locator('.counter')).toHaveText(counterText(ofPeriod.length, total));
  expect(await shownState(page)).toEqual(filtered);
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'View' })).toHaveValue('event-selection');
  await expect(page.locator('[data-chart="mip-trend"]')).toHaveCount(0);
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
});

test('a link with the Outlier chip pressed and a run open restores, on tpc-overview, the counter, the pressed chip and the run panel', async ({ page }) => {
  const errors = collectErrors(page);
  const outliers = expectedOutlierRuns(rows, 'tpc-overview');
  expect(outliers.length).toBeGreaterThan(0);
  const run = outliers[Math.floor(outliers.length / 2)];
  await openDashboard(page, `?view=tpc-overview&f=${part({ status: { kind: 'status', values: ['Outlier'] } })}&ui=${part({ openRun: run })}`);
  await expect(page.locator('.counter')).toHaveText(counterText(outliers.length, total));
  await expect(page.locator('.status-chips [data-status="Outlier"]')).toHaveAttribute('aria-pressed', 'true');
  for (const other of STATUSES.filter((status) => status !== 'Outlier')) {
    await expect(page.locator(`.status-chips [data-status="${other}"]`)).not.toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.locator('.run-panel')).toBeVisible();
  await expect(page.locator('.run-panel')).toHaveAttribute('data-run', String(run));
  await expect(page.locator('.status')).toHaveText('');
  // Nothing was dropped: the address is the link as it came.
  expect(addressPart(page, 'f')).toEqual({ status: { kind: 'status', values: ['Outlier'] } });
  expect(addressPart(page, 'ui')).toEqual({ openRun: run });
  expect(errors).toEqual([]);
});

test('a link with the trend in run order restores the axis mode select and the brushed runs', async ({ page, context }) => {
  await openDashboard(page, '?view=tpc-overview');
  await chooseAxisMode(page, 'mip-trend', 'ordinal');
  await brushTrend(page, 'mip-trend', 0.25, 0.6);
  const runs = await brushedRuns(page, 'mip-trend');
  const inRange = rowsInRunRange(rows, runs[0], runs[1]);
  await expect(page.locator('.counter')).toHaveText(counterText(inRange.length, total));
  expect(addressPart(page, 'ui')).toEqual({ axisModes: { 'mip-trend': 'ordinal' } });

  const other = await context.newPage();
  const errors = collectErrors(other);
  await other.goto(page.url());
  await expect(other.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(other.locator('[data-chart="mip-trend"]')).toHaveAttribute('data-axis-mode', 'ordinal');
  await expect(other.locator('[data-chart="mip-trend"] select.axis-mode')).toHaveValue('ordinal');
  expect(await brushedRuns(other, 'mip-trend')).toEqual(runs);
  await expect(other.locator('[data-chart="mip-trend"] .brush .selection')).toBeVisible();
  await expect(other.locator('.counter')).toHaveText(counterText(inRange.length, total));
  await expect(other.locator('.status')).toHaveText('');
  expect(errors).toEqual([]);
});

test('a status clause naming an unknown status is dropped with a message, and the address is rewritten to what was applied', async ({ page }) => {
  const period = topPeriod(rows);
  const outliers = expectedOutlierRuns(rows, 'tpc-overview');
  const run = outliers[0];
  const kept = { period: { column: 'rct.period', kind: 'in', values: [period] } };
  const filters = part({ status: { kind: 'status', values: ['Outlier', 'Suspicious'] }, ...kept });
  await page.goto('./?view=tpc-overview');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await page.goto(`./?view=tpc-overview&f=${filters}&ui=${part({ openRun: run, colour: 1 })}&stallTimeout=60000`);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const entries = await page.evaluate(() => history.length);
  const ofPeriod = rows.filter((row) => row['rct.period'] === period);
  await expect(page.locator('.counter')).toHaveText(counterText(ofPeriod.length, total));
  await expect(page.locator('.status-chips [data-status="Outlier"]')).not.toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-chart="period"] .chart-filter')).toHaveText(categoryText(period));
  await expect(page.locator('.run-panel')).toHaveAttribute('data-run', String(run));
  await expect(page.locator('.status')).toHaveText(
    permalinkMessages.opened([permalinkMessages.unknownUiField('colour'), permalinkMessages.badClause('status', permalinkMessages.unknownStatus('Suspicious', STATUSES))]),
  );
  // The address holds what was applied, in the same history entry; other parameters stay.
  await expect.poll(() => addressPart(page, 'f')).toEqual(kept);
  expect(addressPart(page, 'ui')).toEqual({ openRun: run });
  expect(new URL(page.url()).searchParams.get('stallTimeout')).toBe('60000');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // That address opens the same state, with nothing dropped; back leaves for the page before the link.
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(page.locator('.counter')).toHaveText(counterText(ofPeriod.length, total));
  await expect(page.locator('.run-panel')).toHaveAttribute('data-run', String(run));
  await expect(page.locator('.status')).toHaveText('');
  await page.goBack();
  await expect(page).toHaveURL(/\?view=tpc-overview$/);
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
});
