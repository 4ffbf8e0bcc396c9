import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { CsvRow } from './expected-counts';

/** Test helpers for identifying runs: where a run's point is, what the run panel shows. */

/** An outlier the demo generator injected (data/demo-truth.json). */
export interface InjectedOutlier {
  run: number;
  source: string;
  column: string;
  severity: string;
  sigmas: number;
}

/** The demo's injected outliers of `source`.`column`, strongest first. */
export function injectedOutliers(source: string, column: string): InjectedOutlier[] {
  const truth = JSON.parse(readFileSync(new URL('../../data/demo-truth.json', import.meta.url), 'utf8')) as { outliers: InjectedOutlier[] };
  return truth.outliers.filter((o) => o.source === source && o.column === column).sort((a, b) => Math.abs(b.sigmas) - Math.abs(a.sigmas));
}

/** Maps a chart's data values to viewport pixels. */
export type ToViewport = (xValue: number, yValue: number) => { x: number; y: number };

/**
 * The value → viewport pixel mapping of a trend or scatter, from the scales
 * its SVG carries (`data-x-domain` …) and the point layer's place on the page
 * (the plot's origin), after scrolling the chart into view.
 */
export async function plotMapping(page: Page, chart: string): Promise<ToViewport> {
  const card = page.locator(`[data-chart="${chart}"]`);
  await card.locator('.point-layer').scrollIntoViewIfNeeded();
  const origin = await card.locator('.point-layer').boundingBox();
  const scales = await card.locator('svg.plot-svg').evaluate((svg) => ({ ...(svg as SVGSVGElement).dataset }));
  if (!origin) throw new Error(`chart ${chart} has no point layer`);
  const pair = (text: string | undefined) => (text ?? '').split(',').map(Number);
  const [xd, xr, yd, yr] = [pair(scales.xDomain), pair(scales.xRange), pair(scales.yDomain), pair(scales.yRange)];
  // A value beyond the axis's (robust or fixed) range is drawn on the edge it lies beyond, as plot-frame's edgePixel places it.
  const map = (value: number, domain: number[], range: number[]) => {
    const pixel = range[0] + ((value - domain[0]) / (domain[1] - domain[0])) * (range[1] - range[0]);
    return Math.min(Math.max(pixel, 1.5), Math.max(range[0], range[1]) - 2);
  };
  return (xValue, yValue) => ({ x: origin.x + map(xValue, xd, xr), y: origin.y + map(yValue, yd, yr) });
}

/** Viewport position of the point (xValue, yValue) of a trend or scatter. */
export async function pointAt(page: Page, chart: string, xValue: number, yValue: number): Promise<{ x: number; y: number }> {
  return (await plotMapping(page, chart))(xValue, yValue);
}

/**
 * A viewport position on a chart's plot with no point of `rows` (x, y
 * columns; `run` for a trend's x) within `clearance` CSS pixels, from a grid
 * of candidates over the plot that `accept` takes: where a click or a hover hits nothing.
 */
export async function emptySpot(page: Page, chart: string, rows: readonly CsvRow[], x: string, y: string, accept: (spot: { x: number; y: number }) => boolean = () => true, clearance = 12): Promise<{ x: number; y: number }> {
  const toViewport = await plotMapping(page, chart);
  const box = await page.locator(`[data-chart="${chart}"] .point-layer`).boundingBox();
  if (!box) throw new Error(`chart ${chart} has no point layer`);
  const points = rows.filter((row) => row[x] !== '' && row[y] !== '').map((row) => toViewport(Number(row[x]), Number(row[y])));
  for (let py = box.y + 4; py < box.y + box.height - 4; py += 8) {
    for (let px = box.x + 4; px < box.x + box.width - 4; px += 8) {
      if (accept({ x: px, y: py }) && points.every((p) => Math.hypot(p.x - px, p.y - py) > clearance)) return { x: px, y: py };
    }
  }
  throw new Error(`chart ${chart} has no spot ${clearance} px away from every point`);
}

/** Fraction of a chart's plot width at which `xValue` lies (for brushTrend). */
export async function fractionAt(page: Page, chart: string, xValue: number): Promise<number> {
  const scales = await page.locator(`[data-chart="${chart}"] svg.plot-svg`).evaluate((svg) => ({ ...(svg as SVGSVGElement).dataset }));
  const [d0, d1] = (scales.xDomain ?? '').split(',').map(Number);
  return (xValue - d0) / (d1 - d0);
}

/** What the run panel shows for each column: its value text and whether it is drawn as missing. */
export async function panelValues(page: Page): Promise<Map<string, { text: string; missing: boolean }>> {
  const rows = await page.locator('.run-panel tr[data-column]').evaluateAll((nodes) =>
    nodes.map((row) => {
      const cell = row.querySelector('.run-value')!;
      return [(row as HTMLElement).dataset.column!, { text: cell.textContent ?? '', missing: cell.classList.contains('value-missing') }] as const;
    }),
  );
  return new Map(rows);
}

/** The CSV rows sorted by run (the app's row order). */
export function byRun(rows: readonly CsvRow[]): CsvRow[] {
  return [...rows].sort((a, b) => Number(a.run) - Number(b.run));
}
