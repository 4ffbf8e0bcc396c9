import { expect, test } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { loadMessages } from '../src/data/load-messages';
import { readRunsCsv } from './support/expected-counts';
import { collectErrors, openDashboard } from './support/dashboard-page';
import { viewCharts, viewFile } from './support/view-charts';

const total = readRunsCsv().length;
/** views/event-selection.json as the site serves it (fetched when the view is shown). */
const EVENT_SELECTION_FILE = /\/views\/event-selection\.json$/;

test('two quick view switches, the first view loading slowly: one dashboard, the second view', async ({ page }) => {
  const errors = collectErrors(page);
  let delivered!: () => void;
  const slowChunkDone = new Promise<void>((resolve) => (delivered = resolve));
  await page.route(EVENT_SELECTION_FILE, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
    delivered();
  });
  await openDashboard(page);
  const select = page.getByLabel('View');
  await select.selectOption('event-selection');
  await select.selectOption('tpc-overview');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await slowChunkDone;
  await page.waitForLoadState('networkidle');
  // Let the slow view's continuation run (it must not mount).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const overview = viewCharts('tpc-overview');
  const ids = await page.locator('[data-chart]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.chart));
  expect(ids).toEqual(overview.map((chart) => chart.id));
  await expect(page.locator('.view-title')).toHaveText(viewFile('tpc-overview').title);
  await expect(select).toHaveValue('tpc-overview');
  await expect(page).toHaveURL(/\?view=tpc-overview$/);
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  expect(errors).toEqual([]);
});

test('switching to a view with problems clears the previous view’s title, description and counter', async ({ page }) => {
  await page.route(EVENT_SELECTION_FILE, (route) =>
    route.fulfill({ contentType: 'application/json', body: '{ "$schema": "./view.schema.json", "title": "Broken", "charts": [] }' }),
  );
  await openDashboard(page);
  await expect(page.locator('.view-title')).toHaveText(viewFile('tpc-overview').title);
  await page.getByLabel('View').selectOption('event-selection');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('.problems li').first()).toHaveText(loadMessages.view('views/event-selection.json', 1));
  await expect(page.locator('.view-title')).toHaveText('');
  await expect(page.locator('.view-description')).toHaveText('');
  await expect(page.locator('.counter')).toHaveText('');
  await expect(page.locator('[data-chart]')).toHaveCount(0);
});
