import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axisModesOf } from '../src/charts/trend-axis';
import type { TrendAxisMode } from '../src/state/ui-store';
import { openDashboard } from './support/dashboard-page';
import { chartTextBoxes, textProblems } from './support/text-boxes';
import { chooseAxisMode } from './support/trend-page';

/** Trend and scatter charts of the demo views (as their files say), each trend's axis modes. */
interface PlotChart { id: string; kind: 'trend' | 'scatter'; modes: TrendAxisMode[] }
const VIEWS = ['tpc-overview', 'tpc-periods', 'tpc-qa'];
const MODES: TrendAxisMode[] = ['run', 'ordinal', 'time'];

function plotCharts(view: string): PlotChart[] {
  const file = JSON.parse(readFileSync(new URL(`../views/${view}.json`, import.meta.url), 'utf8')) as { charts: { id: string; kind: string; time?: string }[] };
  return file.charts
    .filter((chart) => chart.kind === 'trend' || chart.kind === 'scatter')
    .map((chart) => ({ id: chart.id, kind: chart.kind as PlotChart['kind'], modes: chart.kind === 'trend' ? axisModesOf(Boolean(chart.time)) : [] }));
}

/** Every text problem (overlap, outside the card) of the plot charts' SVG texts: ticks, axis titles, period labels. */
async function plotTextProblems(page: Page, charts: readonly PlotChart[]): Promise<string[]> {
  const ids = new Set(charts.map((chart) => chart.id));
  const cards = (await chartTextBoxes(page)).filter((card) => ids.has(card.chart));
  expect(cards.map((card) => card.chart).sort()).toEqual([...ids].sort());
  for (const card of cards) expect(card.texts.length, card.chart).toBeGreaterThan(4);
  return cards.flatMap(textProblems);
}

const SUBTITLE_END: Record<TrendAxisMode, string> = { run: ' vs run', ordinal: ' vs run order', time: ' vs time' };

for (const view of VIEWS) {
  const charts = plotCharts(view);
  for (const width of [320, 1280, 2560]) {
    test(`${view} at ${width} px: no tick, axis title or period label of a trend or scatter overlaps another or leaves its card, in every axis mode`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openDashboard(page, `?view=${view}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const trends = charts.filter((chart) => chart.kind === 'trend');
      expect(trends.length).toBeGreaterThan(0);
      for (const mode of MODES) {
        const shown = trends.filter((chart) => chart.modes.includes(mode));
        if (!shown.length) continue;
        for (const chart of shown) {
          await chooseAxisMode(page, chart.id, mode);
          await expect(page.locator(`[data-chart="${chart.id}"] .chart-subtitle`)).toHaveText(new RegExp(`${SUBTITLE_END[mode]}$`));
        }
        expect(await plotTextProblems(page, charts), `axis mode ${mode}`).toEqual([]);
      }
    });
  }
}
