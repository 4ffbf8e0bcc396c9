/**
 * `npm run screenshot`: the README's picture. Serves the built app (`dist/`,
 * run `npm run build:data && npm run build` first), brushes a run range in
 * the trend chart and saves docs/screenshot.png.
 */
import { launchBrowser } from './bench/launch-browser';
import { serveStatic } from './bench/static-server';

const OUT = process.argv[2] ?? 'docs/screenshot.png';

async function main(): Promise<void> {
  const { server, url } = await serveStatic([{ prefix: '/', dir: 'dist' }]);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    const box = await page.locator('[data-chart-kind="trend"] .chart-body').first().boundingBox();
    if (!box) throw new Error('screenshot: no trend chart on the page');
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    await page.screenshot({ path: OUT, fullPage: true });
    console.log(`screenshot: wrote ${OUT}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
