/**
 * From a click on a run to its histograms: the demo's injected MIP outlier
 * clicked on the trend opens the run panel, whose Histograms section offers
 * the view's layouts; a layout button opens it in the Histograms panel (run,
 * pads and titles of the view, the reference overlay on and off, the line
 * at 1 under each ratio), and Next there, within a period filter, moves
 * both panels to the next run. Expected values come from the data files
 * (data/demo-truth.json, data/demo-qa.json, the CSV, views/tpc-overview.json).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { layoutMessages } from '../src/layouts/layout-messages';
import { panelTexts } from '../src/panel/panel-texts';
import { clickRow, collectErrors, openDashboard } from './support/dashboard-page';
import { readRunsCsv } from './support/expected-counts';
import { byRun, injectedOutliers, pointAt } from './support/identify-page';
import { chartsOfKind } from './support/view-charts';

interface Pad { histogram: string; title?: string }
interface Layout { name: string; pads: Pad[] }
const view = JSON.parse(readFileSync('views/tpc-overview.json', 'utf8')) as { layouts: Layout[]; referenceRun: number };
const truth = JSON.parse(readFileSync('data/demo-truth.json', 'utf8')) as { periods: { name: string; firstRun: number; lastRun: number }[] };
const qa = JSON.parse(readFileSync('data/demo-qa.json', 'utf8')) as { files: { run: number; missing: string[] }[] };

const rows = byRun(readRunsCsv());
const [trend] = chartsOfKind('tpc-overview', 'trend');
const qaRuns = qa.files.map((f) => f.run).sort((a, b) => a - b);
const has = (run: number, histogram: string) => qa.files.some((f) => f.run === run && !f.missing.includes(histogram));
const periodOf = (run: number) => truth.periods.find((p) => run >= p.firstRun && run <= p.lastRun)!.name;
// Not the first layout, so the button (not the default) must have chosen it.
const layout = view.layouts[1];
const nextInPeriod = (run: number) => qaRuns.find((r) => r > run && periodOf(r) === periodOf(run));
// The strongest injected outlier of the trend's variable with every histogram of the layout and a later run with histograms in its period.
const outlier = injectedOutliers('tpc', trend.y!.replace(/^tpc\./, '')).map((o) => o.run).find((run) => layout.pads.every((p) => has(run, p.histogram)) && nextInPeriod(run) !== undefined)!;
const row = rows.find((r) => Number(r.run) === outlier)!;
// Objects drawn per pad: the run's histogram, and the reference run's when its file has it.
const withOverlay = layout.pads.map((p) => (outlier !== view.referenceRun && has(view.referenceRun, p.histogram) ? 2 : 1));

const FILTERED = /Did not found multipart/; // vite preview's answer to jsroot's range request (DESIGN.md §7)

/** Histogram drawings per pad in the pads' main frames, and in their comparison frames. */
function drawnObjects(page: Page, frame: 'pad-main' | 'pad-compare'): Promise<number[]> {
  return page.locator('.layout-pad').evaluateAll((pads, cls) => pads.map((pad) => pad.querySelectorAll(`.${cls} .main_layer > g[objtype]`).length), frame);
}

async function expectPainted(page: Page, run: number): Promise<void> {
  await expect(page.locator('.layout-viewer')).toHaveAttribute('data-run', String(run), { timeout: 30_000 });
  await expect(page.locator('.layout-viewer')).toHaveAttribute('data-state', 'painted');
}

test('clicking the MIP outlier offers its layouts in the run panel; a layout opens in the Histograms panel; Next moves both panels', async ({ page }) => {
  expect(outlier).toBeDefined();
  expect(row[trend.y!]).not.toBe('');
  const errors = collectErrors(page);
  await openDashboard(page);
  const at = await pointAt(page, trend.id, outlier, Number(row[trend.y!]));
  await page.mouse.click(at.x, at.y);
  const panel = page.locator('.run-panel');
  await expect(panel).toHaveAttribute('data-run', String(outlier));
  const links = panel.locator('.layout-link');
  await expect(links).toHaveText(view.layouts.map((l) => l.name));

  await links.nth(1).click();
  await expect(page.locator('.layout-tab[aria-selected="true"]')).toHaveText(layout.name);
  await expectPainted(page, outlier);
  await expect(page.locator('.layout-run')).toHaveValue(String(outlier));
  await expect(page.locator('.layout-body')).toBeFocused();
  const pads = page.locator(`.layout-grid[data-layout="${layout.name}"] .layout-pad`);
  await expect(pads).toHaveCount(layout.pads.length);
  await expect(pads.locator('figcaption')).toHaveText(layout.pads.map((p) => p.title ?? p.histogram));
  await expect(page.locator('.layout-status')).toHaveText(layoutMessages.showing(outlier, view.referenceRun));
  await expect.poll(() => drawnObjects(page, 'pad-main')).toEqual(withOverlay);
  // Every ratio pad holds the ratio and the line at 1; 2-D pads have none.
  const types = await pads.evaluateAll((nodes) => nodes.map((n) => n.querySelector('.pad-main .main_layer > g[objtype]')?.getAttribute('objtype') ?? ''));
  const compared = types.map((type, i) => withOverlay[i] === 2 && /^TH1[CSILFD]$/.test(type));
  expect(compared.some(Boolean)).toBe(true);
  expect(await drawnObjects(page, 'pad-compare')).toEqual(compared.map((c) => (c ? 2 : 0)));

  await page.locator('.layout-overlay').uncheck();
  await expect(page.locator('.layout-status')).toHaveText(layoutMessages.showing(outlier, null));
  await expect.poll(() => drawnObjects(page, 'pad-main')).toEqual(layout.pads.map(() => 1));
  await expect.poll(() => drawnObjects(page, 'pad-compare')).toEqual(layout.pads.map(() => 0));
  await page.locator('.layout-overlay').check();
  await expect.poll(() => drawnObjects(page, 'pad-main')).toEqual(withOverlay);

  await clickRow(page, 'period', periodOf(outlier));
  await expect(page.locator('.counter')).not.toHaveText(new RegExp(`^${rows.length} of `));
  const next = nextInPeriod(outlier)!;
  await page.locator('.layout-next').click();
  await expectPainted(page, next);
  await expect(page.locator('.layout-run')).toHaveValue(String(next));
  await expect(page.locator('.layout-tab[aria-selected="true"]')).toHaveText(layout.name);
  await expect(panel).toHaveAttribute('data-run', String(next));
  await expect(panel.locator('h2')).toHaveText(panelTexts.heading(next));
  await expect(panel.locator('.layout-link')).toHaveText(view.layouts.map((l) => l.name));
  expect(errors.filter((e) => !FILTERED.test(e))).toEqual([]);
});

for (const width of [1280, 2560]) {
  test(`at ${width} px the Histograms panel opened from the run panel lies clear of it, pads and all`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1000 });
    await openDashboard(page);
    const at = await pointAt(page, trend.id, outlier, Number(row[trend.y!]));
    await page.mouse.click(at.x, at.y);
    const panel = page.locator('.run-panel');
    await expect(panel).toHaveAttribute('data-run', String(outlier));
    await panel.locator('.layout-link').nth(1).click();
    await expectPainted(page, outlier);
    const left = (await panel.boundingBox())!.x;
    const boxes = await page.locator('.layout-panel, .layout-panel .layout-pad').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().right));
    expect(boxes.length).toBe(1 + layout.pads.length);
    for (const right of boxes) expect(right).toBeLessThanOrEqual(left);
  });
}

test('the run panel of a run without histograms says so and offers no layout', async ({ page }) => {
  const errors = collectErrors(page);
  const run = rows.map((r) => Number(r.run)).find((r) => !qaRuns.includes(r))!;
  await openDashboard(page);
  await page.locator('.layout-run').fill(String(run));
  await page.locator('.layout-run').press('Enter');
  const panel = page.locator('.run-panel');
  await expect(panel).toHaveAttribute('data-run', String(run));
  await expect(panel.locator('.layout-links-none')).toHaveText(layoutMessages.noRunFile(run));
  await expect(panel.locator('.layout-link')).toHaveCount(0);
  expect(errors.filter((e) => !FILTERED.test(e))).toEqual([]);
});
