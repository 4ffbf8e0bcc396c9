import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { loadSiteConfig } from '../scripts/site/load-site-config';
import { runlensSite } from '../scripts/site/vite-plugin-runlens';
import { viewMessages } from '../src/view/view-messages';
import { E2E_DATA } from './support/e2e-paths';
import { freePort } from './support/free-port';

const REPO = process.cwd();
let server: ViteDevServer;
let viewsDir: string;
let url: string;

// A dev server of its own on a copy of views/, so the test can edit view files freely.
test.beforeAll(async () => {
  viewsDir = mkdtempSync(path.join(tmpdir(), 'runlens-views-'));
  cpSync(path.join(REPO, 'views'), viewsDir, { recursive: true });
  const site = { ...loadSiteConfig(REPO, { RUNLENS_DATA: E2E_DATA }), views: viewsDir };
  const port = await freePort();
  server = await createServer({
    configFile: false,
    root: REPO,
    base: site.base,
    publicDir: false,
    logLevel: 'silent',
    // A cache of its own: the suite's other dev server optimises dependencies into node_modules/.vite at the same time.
    cacheDir: `${viewsDir}-vite-cache`,
    plugins: [runlensSite(site, REPO)],
    server: { host: '127.0.0.1', port, strictPort: true, fs: { allow: [REPO, viewsDir] } },
  });
  await server.listen();
  url = `http://127.0.0.1:${port}/`;
});

test.afterAll(async () => {
  await server?.close();
  rmSync(viewsDir, { recursive: true, force: true });
  rmSync(`${viewsDir}-vite-cache`, { recursive: true, force: true });
});

test('npm run dev reloads the page when a view file changes, and shows a broken view’s problems in the overlay', async ({ page }) => {
  test.setTimeout(90_000);
  const file = path.join(viewsDir, 'event-selection.json');
  const original = JSON.parse(readFileSync(file, 'utf8'));
  await page.goto(`${url}?view=event-selection`);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(page.locator('.view-title')).toHaveText(original.title);
  const reloaded = page.waitForEvent('load');
  writeFileSync(file, JSON.stringify({ ...original, title: 'Event selection, edited' }, null, 2));
  await reloaded;
  await expect(page.locator('.view-title')).toHaveText('Event selection, edited', { timeout: 30_000 });
  writeFileSync(file, JSON.stringify({ ...original, charts: [{ id: 'x', kind: 'histogram', x: 'evs.fracPileup', bins: 0 }] }, null, 2));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached({ timeout: 30_000 });
  await expect(overlay.locator('.message-body')).toContainText(`$.charts[0].bins: ${viewMessages.atLeast(1)}`);
});
