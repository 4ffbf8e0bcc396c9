import { expect, test } from '@playwright/test';
import { appMessages } from '../src/app/app-messages';
import { counterText } from '../src/app/counter-text';
import { loadMessages } from '../src/data/load-messages';
import { VIEW_LIMITS } from '../src/view/view-limits';
import { viewHints, viewMessages } from '../src/view/view-messages';
import { collectErrors, openDashboard } from './support/dashboard-page';
import { countsBy, readRunsCsv } from './support/expected-counts';
import { e2eManifest, serveView } from './support/serve-view';
import { viewCharts, viewFile } from './support/view-charts';

const rows = readRunsCsv();
const total = rows.length;

/** Opens the app and waits until the default view has settled as `state`. */
async function open(page: import('@playwright/test').Page, state: 'ready' | 'error', query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('body')).toHaveAttribute('data-state', state, { timeout: 30_000 });
}

test('a default view that does not fit the data shows its problems and the data’s columns, and the other views still open', async ({ page }) => {
  const errors = collectErrors(page);
  await serveView(page, 'tpc-overview', { title: 'For other data', charts: [{ id: 'a', kind: 'trend', y: 'tpc.meanMPI' }, { id: 'b', kind: 'row', x: 'rct.perod' }] });
  await open(page, 'error');
  await expect(page.locator('.problems li')).toHaveText([
    loadMessages.view('views/tpc-overview.json', 2),
    `$.charts[0].y: ${viewMessages.unknownColumn('tpc.meanMPI')} — ${viewHints.didYouMean(['tpc.meanMIP', 'tpc.meanMult', 'tpc.meanMIPele'])}`,
    `$.charts[1].x: ${viewMessages.unknownColumn('rct.perod')} — ${viewHints.didYouMean(['rct.period'])}`,
  ]);
  const columns = e2eManifest().columns;
  await expect(page.locator('.data-columns summary')).toHaveText(appMessages.columnsHeading(columns.length));
  await expect(page.locator('.data-columns li code')).toHaveText(columns.map((column) => column.name));
  await page.getByLabel('View').selectOption('event-selection');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.data-columns')).toBeHidden();
  await expect(page.locator('.chart-title')).toHaveText(viewCharts('event-selection').map((chart) => chart.title));
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  expect(errors).toEqual([]);
});

test('a view with "__proto__" is refused, and so is one nested 128 levels deep, each with its message', async ({ page }) => {
  await serveView(page, 'tpc-overview', '{"$schema": "./view.schema.json", "charts": [{"id": "a", "kind": "row", "x": "rct.period", "__proto__": {"kind": "trend"}}]}');
  await open(page, 'error');
  await expect(page.locator('.problems li').nth(1)).toHaveText(`$.charts[0].__proto__: ${viewMessages.protoKey()}`);
  await page.unrouteAll();
  const prefix = '{"$schema": "./view.schema.json", "charts": ';
  await serveView(page, 'event-selection', `${prefix}${'['.repeat(128)}${']'.repeat(128)}}`);
  await page.getByLabel('View').selectOption('event-selection');
  // The object is level 1: the bracket opening level maxDepth + 1 is the maxDepth-th "[".
  const column = prefix.length + VIEW_LIMITS.maxDepth;
  await expect(page.locator('.problems li')).toHaveText([loadMessages.view('views/event-selection.json', 1), `$: ${viewMessages.tooDeep(VIEW_LIMITS.maxDepth, 1, column)}`]);
});

test('a 500-chart view is refused at once with the cap; a file with 150 problems lists 100 and counts the rest', async ({ page }) => {
  const many = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, kind: 'row', x: 'rct.period' }));
  await serveView(page, 'tpc-overview', { charts: many });
  await open(page, 'error');
  await expect(page.locator('.problems li').nth(1)).toHaveText(`$.charts: ${viewMessages.tooManyItems(500, VIEW_LIMITS.maxCharts)} — ${viewHints.splitView()}`);
  await expect(page.locator('[data-chart]')).toHaveCount(0);
  await page.unrouteAll();
  const bad = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, kind: 'histogram', x: `nope${i}`, bins: 0, bin: 1, colour: 2, titel: 3 }));
  await serveView(page, 'event-selection', { charts: bad });
  await page.getByLabel('View').selectOption('event-selection');
  await expect(page.locator('.problems li').first()).toHaveText(loadMessages.view('views/event-selection.json', 150));
  await expect(page.locator('.problems li')).toHaveCount(1 + VIEW_LIMITS.maxProblems + 1);
  await expect(page.locator('.problems li').last()).toHaveText(viewMessages.moreProblems(150 - VIEW_LIMITS.maxProblems));
});

test('a row chart with "selected" opens filtered to those categories; Reset all clears them', async ({ page }) => {
  const periods = countsBy(rows, 'rct.period');
  const [period, count] = [...periods].filter((entry): entry is [string, number] => entry[0] !== null).sort((a, b) => b[1] - a[1])[0];
  const view = viewFile('tpc-overview');
  await serveView(page, 'tpc-overview', { ...view, charts: view.charts.map((chart) => (chart.id === 'period' ? { ...chart, selected: [period] } : chart)) });
  await openDashboard(page);
  await expect(page.locator('.counter')).toHaveText(counterText(count, total));
  await expect(page.locator('[data-chart="period"] .chart-filter')).toHaveText(period);
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
});

test('a row chart selecting a category the data does not have shows the problem with the closest ones', async ({ page }) => {
  const view = viewFile('tpc-overview');
  await serveView(page, 'tpc-overview', { ...view, charts: view.charts.map((chart) => (chart.id === 'beam' ? { ...chart, selected: ['Pb-Pbb'] } : chart)) });
  await open(page, 'error');
  const index = view.charts.findIndex((chart) => chart.id === 'beam');
  await expect(page.locator('.problems li').nth(1)).toHaveText(`$.charts[${index}].selected[0]: ${viewMessages.unknownCategory('Pb-Pbb', 'rct.beamType')} — ${viewHints.didYouMean(['Pb-Pb', 'p-Pb'])}`);
});
