/**
 * The Histograms panel (src/layouts) on the demo build: a demo outlier run
 * opened by its number, its layouts drawn by jsroot (loaded only then), the
 * reference overlay on and off, stepping through the current selection, all
 * under the site's CSP with nothing fetched from outside the site. Expected
 * values come from the data files (data/demo-truth.json, data/demo-qa.json,
 * views/tpc-overview.json), never from the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { firstPageScripts, firstPageSize } from '../scripts/bench/first-page-size';
import { layoutMessages } from '../src/layouts/layout-messages';
import { clickRow, collectErrors, openDashboard } from './support/dashboard-page';
import { E2E_SITE } from './support/e2e-paths';

interface Pad { histogram: string; title?: string }
interface Layout { name: string; rows: number; cols: number; pads: Pad[] }
const view = JSON.parse(readFileSync('views/tpc-overview.json', 'utf8')) as { layouts: Layout[]; referenceRun: number };
const truth = JSON.parse(readFileSync('data/demo-truth.json', 'utf8')) as { outliers: { run: number }[]; periods: { name: string; firstRun: number; lastRun: number }[] };
const qa = JSON.parse(readFileSync('data/demo-qa.json', 'utf8')) as { files: { run: number; missing: string[] }[] };

const qaRuns = qa.files.map((f) => f.run).sort((a, b) => a - b);
const missingOf = (run: number) => qa.files.find((f) => f.run === run)!.missing;
const periodOf = (run: number) => truth.periods.find((p) => run >= p.firstRun && run <= p.lastRun)!.name;
const [tpc, , dca] = view.layouts;
// An outlier with a QA file and every TPC-layout histogram, followed in its period by another run with a QA file.
const outlier = truth.outliers.map((o) => o.run).find((run) => {
  const later = qaRuns.find((r) => r > run);
  return qaRuns.includes(run) && tpc.pads.every((p) => !missingOf(run).includes(p.histogram)) && later !== undefined && periodOf(later) === periodOf(run);
})!;
// An outlier whose file lacks one of the DCA layout's histograms (the demo removes some).
const lacksDca = qa.files.find((f) => truth.outliers.some((o) => o.run === f.run) && f.missing.some((m) => dca.pads.some((p) => p.histogram === m)))!;

const FILTERED = /Did not found multipart/; // vite preview's answer to jsroot's range request (DESIGN.md §7)

async function openRun(page: Page, run: number): Promise<void> {
  await page.locator('.layout-run').fill(String(run));
  await page.locator('.layout-run').press('Enter');
  await expectPainted(page, run);
}

async function expectPainted(page: Page, run: number): Promise<void> {
  await expect(page.locator('.layout-viewer')).toHaveAttribute('data-run', String(run), { timeout: 30_000 });
  await expect(page.locator('.layout-viewer')).toHaveAttribute('data-state', 'painted');
}

/** Histogram drawings per pad: jsroot's own groups (one per drawn object) in each pad's main frame. */
function drawnObjects(page: Page): Promise<number[]> {
  return page.locator('.layout-pad').evaluateAll((pads) => pads.map((pad) => pad.querySelectorAll('.pad-main .main_layer > g[objtype]').length));
}

test.describe('histogram layouts', () => {
  test('an outlier run: its TPC layout drawn with the reference overlay, then without, then the next run of the selection', async ({ page, baseURL }) => {
    const errors = collectErrors(page);
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) csp.push(m.text());
    });
    const outside: string[] = [];
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== new URL(baseURL!).origin) outside.push(r.url());
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await openDashboard(page);
    await expect(page.locator('.layout-panel')).toBeVisible();
    const scriptsBeforeRun = scripts.length;
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/(draw|core)-[\w-]+\.js$/.test(e.name)).length)).toBe(0);

    await openRun(page, outlier);
    expect(scripts.length).toBeGreaterThan(scriptsBeforeRun); // jsroot's chunks came only now
    await page.getByRole('tab', { name: tpc.name }).click();
    await expectPainted(page, outlier);
    const pads = page.locator(`.layout-grid[data-layout="${tpc.name}"] .layout-pad`);
    await expect(pads).toHaveCount(tpc.pads.length);
    await expect(pads.locator('figcaption')).toHaveText(tpc.pads.map((p) => p.title ?? p.histogram));
    await expect(page.locator('.layout-status')).toHaveText(`Run ${outlier}, reference run ${view.referenceRun}`);
    expect(await drawnObjects(page)).toEqual(tpc.pads.map(() => 2));
    // 1-D pads get the ratio (and its line at 1) below; 2-D ones do not.
    const oneD = await pads.evaluateAll((nodes) => nodes.map((n) => n.querySelector('.main_layer > g[objtype]')?.getAttribute('objtype') ?? ''));
    expect(await pads.evaluateAll((nodes) => nodes.map((n) => n.querySelectorAll('.pad-compare .main_layer > g[objtype]').length)))
      .toEqual(oneD.map((type) => (/^TH1|^TProfile$/.test(type) && type !== 'TProfile' ? 2 : 0))); // the ratio and its line at 1

    await page.locator('.layout-overlay').uncheck();
    await expect(page.locator('.layout-status')).toHaveText(`Run ${outlier}`);
    await expect.poll(() => drawnObjects(page)).toEqual(tpc.pads.map(() => 1));
    await page.locator('.layout-overlay').check();
    await expect.poll(() => drawnObjects(page)).toEqual(tpc.pads.map(() => 2));

    // Filter to the run's period (click its row), then step with the arrow key from the grid.
    const period = periodOf(outlier);
    await clickRow(page, 'period', period);
    // The filter is applied (the counter is redrawn) before the step reads the selection.
    await expect(page.locator('.counter')).not.toHaveText(/^3000 of /);
    const next = qaRuns.find((r) => r > outlier)!;
    await page.locator('.layout-body').focus();
    await page.keyboard.press('ArrowRight');
    await expectPainted(page, next);
    await expect(page.locator('.layout-run')).toHaveValue(String(next));
    await expect(page.locator('.layout-status')).toHaveText(`Run ${next}, reference run ${view.referenceRun}`);
    await page.keyboard.press('ArrowLeft');
    await expectPainted(page, outlier);
    // The last run of the period with a QA file has no next one in the selection.
    const lastInPeriod = qaRuns.filter((r) => periodOf(r) === period).at(-1)!;
    await openRun(page, lastInPeriod);
    await page.locator('.layout-body').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.layout-status')).toHaveText('No later run with histograms in the current selection.');
    await expect(page.locator('.layout-run')).toHaveValue(String(lastInPeriod));

    expect(outside).toEqual([]);
    expect(csp).toEqual([]);
    expect(errors.filter((e) => !FILTERED.test(e))).toEqual([]);
  });

  test('a pad whose histogram the run lacks says so; the others are drawn', async ({ page }) => {
    const errors = collectErrors(page);
    await openDashboard(page);
    await openRun(page, lacksDca.run);
    await page.getByRole('tab', { name: dca.name }).click();
    await expect(page.locator(`.layout-grid[data-layout="${dca.name}"]`)).toBeVisible();
    await expectPainted(page, lacksDca.run);
    const pads = page.locator(`.layout-grid[data-layout="${dca.name}"] .layout-pad`);
    await expect(pads).toHaveCount(dca.pads.length);
    const states = dca.pads.map((p) => (lacksDca.missing.includes(p.histogram) ? 'empty' : 'drawn'));
    await expect.poll(() => pads.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-state')))).toEqual(states);
    for (const [i, p] of dca.pads.entries()) {
      if (lacksDca.missing.includes(p.histogram)) await expect(pads.nth(i).locator('.pad-note')).toHaveText(`No ${p.histogram} for run ${lacksDca.run}.`);
    }
    expect(errors.filter((e) => !FILTERED.test(e))).toEqual([]);
  });

  test('a run without a QA file: the status says so and every pad says it has no data', async ({ page }) => {
    const errors = collectErrors(page);
    const run = truth.periods.map((p) => p.firstRun).find((r) => !qaRuns.includes(r))!;
    await openDashboard(page);
    await openRun(page, run);
    await expect(page.locator('.layout-status')).toHaveText(layoutMessages.noRunFile(run));
    const pads = page.locator('.layout-pad');
    await expect(pads).toHaveCount(view.layouts[0].pads.length);
    await expect(pads.locator('.pad-note')).toHaveText(view.layouts[0].pads.map((p) => layoutMessages.padEmpty(p.histogram, run)));
    expect(await drawnObjects(page)).toEqual(view.layouts[0].pads.map(() => 0));
    expect(errors.filter((e) => !FILTERED.test(e))).toEqual([]);
  });

  test('the first page\'s scripts hold no jsroot and stay under 100 kB gzip', () => {
    const html = readFileSync(join(E2E_SITE, 'index.html'), 'utf8');
    for (const file of firstPageScripts(html)) {
      const text = readFileSync(join(E2E_SITE, file.replace(/^\.?\//, '')), 'utf8');
      expect(text, file).not.toMatch(/jsroot bundle|root\.cern|JSROOT/);
    }
    expect(firstPageSize(E2E_SITE).gzip).toBeLessThan(100 * 1024);
  });
});
