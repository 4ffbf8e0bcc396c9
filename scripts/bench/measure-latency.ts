import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { median } from './median';

/** One page's figures, medians over its loads and drag steps. */
export interface LatencyFigures {
  /** Navigation → `runlens:charts-drawn`, ms. */
  drawn: number;
  /** page.goto → the page's ready state, as Playwright sees it, ms. */
  gotoToReady: number;
  /** Duration of each open phase (`runlens:open:<phase>`), ms. */
  phases: Record<string, number>;
  /** Charts drawn → the deferred dimensions built in idle time (`runlens:deferred-built`), ms; the drags wait for it. */
  deferredBuilt: number;
  /** Input event → the frame showing its redraw rendered, ms (median over every step). */
  stepShown: number;
  /** Frames begun between an event's dispatch and the frame showing it (median; 0: its own frame). */
  stepWaited: number;
  /** Share of steps shown in the event's own frame. */
  sameFrame: number;
  /** Redraw work per step (the `runlens:redraw` measure), ms. */
  redrawWork: number;
  /** Wall time of a whole drag of DRAG_STEPS mouse moves sent back to back, until its last redraw is on screen, ms. */
  dragWall: number;
  /** CDP Performance.getMetrics JSHeapUsedSize after the drags and a full garbage collection, bytes (median over loads). */
  heapUsed: number;
  steps: number;
}

interface ShownStep {
  shown: number;
  waited: number;
  work: number;
}
interface Probes {
  shownStep(): ShownStep | null;
  open(): { phases: Record<string, number>; drawn: number };
}
type ProbedWindow = Window & { runlensBench: Probes };

export const DRAG_STEPS = 10;
const PROBES = fileURLToPath(new URL('./page-probes.js', import.meta.url));

/**
 * Loads `url` `loads` times (a fresh context each); per load: the open
 * figures, one drag across the first trend chart in DRAG_STEPS steps, each
 * step timed in the page from its input event to the frame that shows it,
 * then a drag whose moves are sent back to back (wall time), then the heap.
 */
export async function measureLatency(browser: Browser, url: string, loads: number, { waitForIdleWork = true } = {}): Promise<LatencyFigures> {
  const drawn: number[] = [];
  const goto: number[] = [];
  const phases = new Map<string, number[]>();
  const deferred: number[] = [];
  const steps: ShownStep[] = [];
  const walls: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.addInitScript({ path: PROBES });
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''), null, { timeout: 180_000, polling: 10 });
    goto.push(performance.now() - t0);
    if ((await page.evaluate(() => document.body.dataset.state)) === 'error') {
      throw new Error(`bench: the page reported an error at ${url}: ${await page.locator('body').innerText()}`);
    }
    const open = await page.evaluate(() => (window as unknown as ProbedWindow).runlensBench.open());
    drawn.push(open.drawn);
    // The app opens the SQLite file (run panel) after its first draw: its phases are read once it is open (the bare page has none).
    const opened = () => performance.getEntriesByName('runlens:open:first-draw').length === 0 || performance.getEntriesByName('runlens:open:open').length > 0;
    await page.waitForFunction(opened, null, { timeout: 120_000, polling: 50 });
    const phasesNow = (await page.evaluate(() => (window as unknown as ProbedWindow).runlensBench.open())).phases;
    for (const [phase, ms] of Object.entries(phasesNow)) phases.set(phase, [...(phases.get(phase) ?? []), ms]);
    // The drags are measured once idle work is over, as a user's first brush a moment after opening meets it.
    // (waitForIdleWork false: a build from before idle work, compared side by side.)
    if (waitForIdleWork) {
      await page.waitForFunction(() => performance.getEntriesByName('runlens:deferred-built').length > 0, null, { timeout: 120_000, polling: 50 });
      deferred.push(await page.evaluate(() => performance.getEntriesByName('runlens:deferred-built')[0].startTime - performance.getEntriesByName('runlens:charts-drawn')[0].startTime));
    }
    steps.push(...(await dragInSteps(page)));
    walls.push(await dragBackToBack(page));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // After a full collection: the heap the page keeps, not the garbage it happens to hold at that moment.
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    heaps.push(metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN);
    await context.close();
  }
  return {
    drawn: median(drawn),
    gotoToReady: median(goto),
    phases: Object.fromEntries([...phases].map(([phase, ms]) => [phase, median(ms)])),
    deferredBuilt: median(deferred),
    stepShown: median(steps.map((s) => s.shown)),
    stepWaited: median(steps.map((s) => s.waited)),
    sameFrame: steps.filter((s) => s.waited === 0).length / steps.length,
    redrawWork: median(steps.map((s) => s.work)),
    dragWall: median(walls),
    heapUsed: median(heaps),
    steps: steps.length,
  };
}

/** The first trend chart's body, where the drags go. */
async function trendBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('[data-chart-kind="trend"] .chart-body').first().boundingBox();
  if (!box) throw new Error('bench: no trend chart ([data-chart-kind="trend"] .chart-body) on the page');
  return box;
}

/** Drags in DRAG_STEPS moves, waiting after each until the frame showing it has rendered. */
async function dragInSteps(page: Page): Promise<ShownStep[]> {
  const box = await trendBox(page);
  const [x0, y0, width] = [box.x + box.width * 0.2, box.y + box.height * 0.5, box.width * 0.5];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const steps: ShownStep[] = [];
  for (let s = 1; s <= DRAG_STEPS; s++) {
    await page.mouse.move(x0 + (width * s) / DRAG_STEPS, y0);
    const handle = await page.waitForFunction(() => (window as unknown as ProbedWindow).runlensBench.shownStep(), null, { timeout: 10_000 });
    steps.push((await handle.jsonValue()) as ShownStep);
  }
  await page.mouse.up();
  return steps;
}

/**
 * Starts a new brush right of the first one's and sends DRAG_STEPS moves one
 * after the other (each awaited, as Playwright's mouse does), then waits for
 * the last to be shown: wall ms.
 */
async function dragBackToBack(page: Page): Promise<number> {
  const box = await trendBox(page);
  const [x0, y0, width] = [box.x + box.width * 0.75, box.y + box.height * 0.5, box.width * 0.2];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const t0 = performance.now();
  for (let s = 1; s <= DRAG_STEPS; s++) await page.mouse.move(x0 + (width * s) / DRAG_STEPS, y0);
  await page.waitForFunction(() => (window as unknown as ProbedWindow).runlensBench.shownStep(), null, { timeout: 10_000, polling: 'raf' });
  const ms = performance.now() - t0;
  await page.mouse.up();
  return ms;
}
