import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../scripts/site/content-security-policy';
import { counterText } from '../src/app/counter-text';
import { serveUnderPrefix } from './support/csp-server';
import { E2E_DATA } from './support/e2e-paths';
import { openDashboard } from './support/dashboard-page';
import { readRunsCsv } from './support/expected-counts';
import { viewCharts } from './support/view-charts';

const BASE = '/runlens-e2e/';
const OUT = 'build/e2e-site-base';
let server: Server;
let siteUrl: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // The site as a GitHub project page builds it: an absolute base, the data folder inside.
  execFileSync('npx', ['vite', 'build', '--configLoader', 'runner', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, RUNLENS_BASE: BASE, RUNLENS_DATA: E2E_DATA, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: 'inherit',
  });
  ({ server, url: siteUrl } = await serveUnderPrefix(OUT, BASE, { 'content-security-policy': contentSecurityPolicy() }));
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

test('the site built for a project page loads from its path under the CSP: no failed request, no CSP violation, charts drawn', async ({ page }) => {
  const failed: string[] = [];
  const violations: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && failed.push(`${response.url()} HTTP ${response.status()}`));
  page.on('console', (message) => /Content[- ]Security[- ]Policy|Refused to/i.test(message.text()) && violations.push(message.text()));
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(siteUrl);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const total = readRunsCsv().length;
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await expect(page.locator('[data-chart]')).toHaveCount(viewCharts('tpc-overview').length);
  await expect(page.locator('[data-chart] canvas.point-layer').first()).toBeVisible();
  const tallBars = await page.locator('[data-chart-kind="histogram"] rect.bar').evaluateAll((bars) => bars.filter((bar) => Number(bar.getAttribute('height')) > 0).length);
  expect(tallBars).toBeGreaterThan(0);
  await expect(page.locator('[data-chart-kind="row"] g.row').first()).toBeVisible();
  // Every request went to the site's own origin and path.
  const origin = new URL(siteUrl).origin;
  expect(failed).toEqual([]);
  expect(violations).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
  const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect(requested.filter((url) => !url.startsWith(`${origin}${BASE}`))).toEqual([]);
  // The database, for the run panel, comes after the first draw.
  await expect.poll(async () => (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).some((url) => url.endsWith(`${BASE}data/runlens.sqlite`))).toBe(true);
});

test('the built page preloads the manifest and the default view\'s column files; the app fetches each once, taking the preloaded response, and the SQLite file and the wasm once each after', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await openDashboard(page);
  const hrefs = await page.locator('link[rel="preload"][as="fetch"][crossorigin]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  const manifest = JSON.parse(readFileSync(join(E2E_DATA, 'manifest.json'), 'utf8')) as { columnFiles: { name: string; column: string }[] };
  const viewColumns = new Set(['run', 'rct.period', ...viewCharts('tpc-overview').flatMap((chart) => [chart.x, chart.y].filter((c): c is string => typeof c === 'string'))]);
  const columnFiles = manifest.columnFiles.filter((file) => viewColumns.has(file.column)).map((file) => `/data/${file.name}`);
  expect(hrefs.sort()).toEqual([`/data/manifest.json`, ...columnFiles].sort());
  const resources = () =>
    page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /(manifest\.json|runlens\.sqlite|\.wasm|\/cols\/.*)$/.test(e.name)).map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).initiatorType]));
  await expect.poll(async () => (await resources()).length).toBe(3 + columnFiles.length);
  const seen = (await resources()).map(([path, initiator]) => `${path.replace(/\/sql-wasm-browser-[\w-]+\.wasm$/, '/sql-wasm-browser.wasm')} ${initiator}`);
  const wasm = `/assets/sql-wasm-browser.wasm fetch`;
  expect(seen.sort()).toEqual([`/data/manifest.json link`, ...columnFiles.map((path) => `${path} link`), `/data/runlens.sqlite fetch`, wasm].sort());
  // One request each: a fetch() that did not match the preload would ask again.
  for (const path of [`/data/manifest.json`, `/data/runlens.sqlite`, ...columnFiles]) expect(requests.filter((p) => p === path)).toHaveLength(1);
});
