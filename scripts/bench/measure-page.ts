import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchBrowser } from './launch-browser';
import { median } from './median';

export interface PageFigures {
  /** Navigation start → `runlens:charts-drawn` mark, ms (median over loads). */
  chartsDrawn: number;
  /** Input event → first frame after the coalesced redraw, ms (median over brush steps). */
  brushToFrame: number;
  /** Input event → end of the redraw work (`runlens:redraw-end`), ms (median). */
  brushToRedrawEnd: number;
  /** Event dispatched to the page → first frame after the redraw, ms (median). */
  dispatchToFrame: number;
  /** Duration of the redraw itself (filter + every chart), ms (median). */
  redrawWork: number;
  brushSteps: number;
  /** "Reset all" after the brush: redraw work and click dispatched → frame after, ms (one click per load). */
  resetWork: number;
  resetToFrame: number;
  /** Box brush on the scatter: redraw work and dispatch → frame after, ms (median over drag steps). */
  boxWork: number;
  boxToFrame: number;
}

interface Step {
  end: number;
  frame: number;
  dispatchToFrame: number;
  work: number;
}
interface Probes {
  chartsDrawn(): number;
  step(): Step | null;
}
type ProbedWindow = Window & { runlensBench: Probes };

const LOADS = 5;
const BRUSH_STEPS = 15;
const PROBES = fileURLToPath(new URL('./page-probes.js', import.meta.url));

/** Loads the app `LOADS` times (fresh context each), brushes its trend chart, resets, and (last load) brushes the scatter; returns medians. */
export async function measurePage(url: string): Promise<PageFigures> {
  const browser = await launchBrowser();
  try {
    const loads: number[] = [];
    let brush: Step[] = [];
    let boxes: Step[] = [];
    const resets: Step[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      await context.addInitScript({ path: PROBES });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state ?? ''), null, { timeout: 180_000 });
      if ((await page.evaluate(() => document.body.dataset.state)) === 'error') {
        throw new Error(`bench: the app reported an error at ${url}: ${await page.locator('body').innerText()}`);
      }
      loads.push(await page.evaluate(() => (window as unknown as ProbedWindow).runlensBench.chartsDrawn()));
      const steps = await dragAcross(page, 'trend');
      if (i === LOADS - 1) brush = steps;
      resets.push(await resetAll(page));
      if (i === LOADS - 1) boxes = await dragAcross(page, 'scatter');
      await context.close();
    }
    return {
      chartsDrawn: median(loads),
      brushToFrame: median(brush.map((s) => s.frame)),
      brushToRedrawEnd: median(brush.map((s) => s.end)),
      redrawWork: median(brush.map((s) => s.work)),
      dispatchToFrame: median(brush.map((s) => s.dispatchToFrame)),
      brushSteps: brush.length,
      resetWork: median(resets.map((s) => s.work)),
      resetToFrame: median(resets.map((s) => s.dispatchToFrame)),
      boxWork: median(boxes.map((s) => s.work)),
      boxToFrame: median(boxes.map((s) => s.dispatchToFrame)),
    };
  } finally {
    await browser.close();
  }
}

/**
 * Drags across the first chart of `kind` in steps (along the run axis for
 * the trend, diagonally for the scatter's box), timing each step from its
 * input event to the next frame.
 */
async function dragAcross(page: Page, kind: 'trend' | 'scatter'): Promise<Step[]> {
  const box = await page.locator(`[data-chart-kind="${kind}"] .chart-body`).first().boundingBox();
  if (!box) throw new Error(`bench: no ${kind} chart ([data-chart-kind="${kind}"]) on the page`);
  const x0 = box.x + box.width * 0.2;
  const y0 = box.y + box.height * (kind === 'trend' ? 0.5 : 0.25);
  const dy = kind === 'trend' ? 0 : box.height * 0.5;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const steps: Step[] = [];
  for (let s = 1; s <= BRUSH_STEPS; s++) {
    await page.mouse.move(x0 + (box.width * 0.5 * s) / BRUSH_STEPS, y0 + (dy * s) / BRUSH_STEPS);
    const handle = await page.waitForFunction(() => (window as unknown as ProbedWindow).runlensBench.step(), null, { timeout: 10_000 });
    steps.push((await handle.jsonValue()) as Step);
  }
  await page.mouse.up();
  return steps;
}

/** Clicks "Reset all" and times the redraw it causes. */
async function resetAll(page: Page): Promise<Step> {
  await page.getByRole('button', { name: 'Reset all' }).click();
  const handle = await page.waitForFunction(() => (window as unknown as ProbedWindow).runlensBench.step(), null, { timeout: 10_000 });
  return (await handle.jsonValue()) as Step;
}
