import { expect, type Page } from '@playwright/test';
import { MISSING_CLASS } from '../../src/charts/chart-texts';

/** Console errors and page errors seen while the page was open. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens the app (optionally with a query string) and waits until it is ready. */
export async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

/** Drags across a brushable chart (trend or histogram) from fraction `from` to `to` of its width. */
export async function brushTrend(page: Page, chart: string, from: number, to: number): Promise<void> {
  const overlay = page.locator(`[data-chart="${chart}"] .brush .overlay`);
  // The mouse acts only inside the viewport: a chart below the fold is scrolled to first.
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  if (!box) throw new Error(`chart ${chart} has no brush overlay`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to, y, { steps: 8 });
  await page.mouse.up();
}

/** Drags across a histogram's brush between fractions `from` and `to` of the width of its bar number `bar` (0-based). */
export async function brushInsideBar(page: Page, chart: string, bar: number, from: number, to: number): Promise<void> {
  await page.locator(`[data-chart="${chart}"] .brush .overlay`).scrollIntoViewIfNeeded();
  const box = await page.locator(`[data-chart="${chart}"] g.stack._0 rect.bar`).nth(bar).boundingBox();
  const overlay = await page.locator(`[data-chart="${chart}"] .brush .overlay`).boundingBox();
  if (!box || !overlay) throw new Error(`histogram ${chart} has no bar ${bar} or no brush overlay`);
  const y = overlay.y + overlay.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

/** Presses the mouse at fraction `from` of a brushable chart's width and drags to `to`, leaving the button down. */
export async function startDrag(page: Page, chart: string, from: number, to: number): Promise<(fraction: number) => Promise<void>> {
  const overlay = page.locator(`[data-chart="${chart}"] .brush .overlay`);
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  if (!box) throw new Error(`chart ${chart} has no brush overlay`);
  const y = box.y + box.height / 2;
  const moveTo = (fraction: number) => page.mouse.move(box.x + box.width * fraction, y, { steps: 2 });
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await moveTo(to);
  return moveTo;
}

/**
 * Text of `selector` as seen by the page's next animation frame callback. The
 * app's redraw frame, requested while an input event was handled, runs before it.
 */
export function textAtNextFrame(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (css) => new Promise<string>((resolve) => requestAnimationFrame(() => resolve(document.querySelector(css)?.textContent ?? ''))),
    selector,
  );
}

/**
 * Text of `selector` two animation frames from now: by then the app has
 * redrawn for every input event already sent, whether Chromium handled the
 * event before this frame's callbacks or at the start of the next frame.
 */
export function textAfterFrames(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (css) =>
      new Promise<string>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector(css)?.textContent ?? ''))),
      ),
    selector,
  );
}

/** The run range shown in a trend chart's header, e.g. `runs 285012–290221` → [285012, 290221]. */
export async function brushedRuns(page: Page, chart: string): Promise<[number, number]> {
  const note = page.locator(`[data-chart="${chart}"] .chart-filter`);
  await expect(note).toHaveText(/^runs \d+–\d+$/);
  const match = /^runs (\d+)–(\d+)$/.exec((await note.textContent()) ?? '');
  return [Number(match![1]), Number(match![2])];
}

/** Titles of a histogram's bars (its first stacked layer; every layer has the same titles), left to right. */
export function barTitles(page: Page, chart: string) {
  return page.locator(`[data-chart="${chart}"] g.stack._0 rect.bar title`);
}

/** Titles of a histogram's second (context) layer. */
export function contextBarTitles(page: Page, chart: string) {
  return page.locator(`[data-chart="${chart}"] g.stack._1 rect.bar title`);
}

/** A histogram's header interval, `[lo, hi)` or `[lo, hi]`: its ends and whether it is closed at hi. */
export interface ShownRange {
  lo: number;
  hi: number;
  closed: boolean;
}

/** A histogram's header interval: `[lo, hi)` or `[lo, hi]`. */
export const INTERVAL = /^\[(\S+), (\S+)([)\]])$/;

/** The value range shown in a histogram's header, e.g. `[118.0, 121.3)` → {lo: 118, hi: 121.3, closed: false}. */
export async function brushedRange(page: Page, chart: string): Promise<ShownRange> {
  const note = page.locator(`[data-chart="${chart}"] .chart-filter`);
  await expect(note).toHaveText(INTERVAL);
  const match = INTERVAL.exec((await note.textContent()) ?? '')!;
  return { lo: Number(match[1]), hi: Number(match[2]), closed: match[3] === ']' };
}

/** Titles of a row chart's rows, in drawing order (`label: count`). */
export function rowTitles(page: Page, chart: string) {
  return page.locator(`[data-chart="${chart}"] g.row title`);
}

/**
 * Categories of a row chart's rows, in drawing order: the value its title
 * starts with (`value: count`), or null for the row drawn as missing (by its
 * class, not its text, which a value could spell).
 */
export async function rowLabels(page: Page, chart: string): Promise<(string | null)[]> {
  return page.locator(`[data-chart="${chart}"] g.row`).evaluateAll((rows, missingClass) =>
    rows.map((row) => {
      if (row.classList.contains(missingClass)) return null;
      const title = row.querySelector('title')?.textContent ?? '';
      return title.slice(0, title.lastIndexOf(': '));
    }), MISSING_CLASS);
}

/** Clicks the row of `category` (null: the missing row), on its text, which works even for a zero-width bar. */
export async function clickRow(page: Page, chart: string, category: string | null): Promise<void> {
  const categories = await rowLabels(page, chart);
  const index = categories.indexOf(category);
  if (index < 0) throw new Error(`row chart ${chart} has no row ${JSON.stringify(category)} (rows: ${JSON.stringify(categories)})`);
  await page.locator(`[data-chart="${chart}"] g.row`).nth(index).locator('text').first().click();
}
