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

/**
 * Viewport position of the point (xValue, yValue) of a trend or scatter,
 * from the scales its SVG carries (`data-x-domain` …) and the point layer's
 * place on the page (the plot's origin).
 */
export async function pointAt(page: Page, chart: string, xValue: number, yValue: number): Promise<{ x: number; y: number }> {
  const card = page.locator(`[data-chart="${chart}"]`);
  await card.locator('.point-layer').scrollIntoViewIfNeeded();
  const origin = await card.locator('.point-layer').boundingBox();
  const scales = await card.locator('svg.plot-svg').evaluate((svg) => ({ ...(svg as SVGSVGElement).dataset }));
  if (!origin) throw new Error(`chart ${chart} has no point layer`);
  const pair = (text: string | undefined) => (text ?? '').split(',').map(Number);
  const map = (value: number, domain: number[], range: number[]) => range[0] + ((value - domain[0]) / (domain[1] - domain[0])) * (range[1] - range[0]);
  return { x: origin.x + map(xValue, pair(scales.xDomain), pair(scales.xRange)), y: origin.y + map(yValue, pair(scales.yDomain), pair(scales.yRange)) };
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
