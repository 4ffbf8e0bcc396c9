import { expect, type Page } from '@playwright/test';

/** Test helpers for the scatter's 2-D brush: drag a box, click the plot, read the box from the header. */

/** Drags a box across a scatter's brush, corners at fractions [fx, fy] of its plot area (from its top-left). */
export async function brushBox(page: Page, chart: string, from: [number, number], to: [number, number]): Promise<void> {
  const box = await plotBox(page, chart);
  await page.mouse.move(box.x + box.width * from[0], box.y + box.height * from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to[0], box.y + box.height * to[1], { steps: 8 });
  await page.mouse.up();
}

/** Clicks a scatter's plot area at fractions [fx, fy] of it, without dragging. */
export async function clickPlot(page: Page, chart: string, at: [number, number]): Promise<void> {
  const box = await plotBox(page, chart);
  await page.mouse.click(box.x + box.width * at[0], box.y + box.height * at[1]);
}

/** A chart's brush overlay, scrolled into view, in viewport pixels (where the mouse acts). */
async function plotBox(page: Page, chart: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const overlay = page.locator(`[data-chart="${chart}"] .brush .overlay`);
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  if (!box) throw new Error(`chart ${chart} has no brush overlay`);
  return box;
}

/** A scatter's box as its header shows it. */
export interface ShownBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const BOX = /^x ∈ \[(\S+), (\S+)\], y ∈ \[(\S+), (\S+)\]$/;

/** The box shown in a scatter's header, e.g. `x ∈ [110.5, 121], y ∈ [48.25, 52.5]`. */
export async function brushedBox(page: Page, chart: string): Promise<ShownBox> {
  const note = page.locator(`[data-chart="${chart}"] .chart-filter`);
  await expect(note).toHaveText(BOX);
  const [x0, x1, y0, y1] = BOX.exec((await note.textContent()) ?? '')!.slice(1).map(Number);
  return { x0, x1, y0, y1 };
}
