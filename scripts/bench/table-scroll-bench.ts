/**
 * The `table-scroll` bench part (issue 7, the browser half of `table`): the
 * page bench's 100,000-run data set (make:demo --qa none, built by
 * build:data; BENCH_DATA_CACHE=<dir> keeps it between runs) and the site
 * built by Vite, served, and opened in Chromium on the tpc-qa view. The
 * outlier table is scrolled continuously (scrollTop moved in every
 * requestAnimationFrame for SCROLL_MS), each frame's length taken from the
 * rAF timestamps in the page; then column headers are clicked with the mouse
 * (a trusted click) and timed from the click event to the frame after the
 * re-sorted rows are in the page (in-page code: table-scroll-probes.js).
 * It measures; it never asserts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROW_HEIGHT } from '../../src/table/outlier-table';
import { RULES_COLUMN, STATUS_COLUMN } from '../../src/table/table-columns';
import { launchBrowser } from './launch-browser';
import { median } from './median';
import { dataSet } from './page-part';
import { runTimed } from './run-command';
import { serveStatic } from './static-server';

const RUNS = 100_000;
const SCROLL_MS = 3000;
/** Pixels scrolled per frame: about 6 rows, a brisk wheel scroll. */
const SCROLL_STEP = 150;
const FRAME_BUDGET = 1000 / 60;
const PROBES = fileURLToPath(new URL('./table-scroll-probes.js', import.meta.url));
/** Headers clicked in turn: a number (ascending, then descending), a text, the status, the rules fired. */
const SORT_COLUMNS = ['tpc.meanMIP', 'tpc.meanMIP', 'rct.period', STATUS_COLUMN, RULES_COLUMN];

const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`;

export interface ScrollFigures {
  rows: number;
  frames: number;
  over16: number;
  worst: number;
  median: number;
  /** Long animation frames (PerformanceObserver 'long-animation-frame', > 50 ms) while scrolling; -1 when unsupported. */
  longFrames: number;
  scrolledPx: number;
}

/** Runs the part; returns the lines to print. */
export async function benchTableScroll(log: (line: string) => void): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'runlens-bench-table-scroll-'));
  try {
    const data = dataSet(process.env.BENCH_DATA_CACHE ?? work, String(RUNS), RUNS, log);
    const dist = join(work, 'dist');
    log('bench table-scroll: vite build…');
    runTimed('npx', ['vite', 'build', '--configLoader', 'runner', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], 'vite build');
    const { server, url } = await serveStatic([{ prefix: '/data/', dir: data }, { prefix: '/', dir: dist }]);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.addInitScript({ path: PROBES });
      log('bench table-scroll: opening ?view=tpc-qa…');
      await page.goto(`${url}?view=tpc-qa`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 300_000 });
      await page.locator('.outlier-table .table-row').first().waitFor({ timeout: 120_000 });
      await page.locator('.outlier-table').scrollIntoViewIfNeeded();
      const scroll = await measureScroll(page);
      const sorts: { column: string; wall: number }[] = [];
      for (const column of SORT_COLUMNS) sorts.push({ column, wall: await timeSortClick(page, column) });
      return formatScrollFigures(scroll, sorts);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface TableProbes {
  scroll(duration: number, step: number): Promise<{ deltas: number[]; height: number; longFrames: number; scrolledPx: number }>;
  armSort(column: string): void;
  sortTimed: Promise<number>;
}
type ProbedWindow = Window & { runlensTableBench: TableProbes };

/** Scrolls the table for SCROLL_MS, moving scrollTop in every frame, and returns the frame lengths' figures. */
async function measureScroll(page: Page): Promise<ScrollFigures> {
  const raw = await page.evaluate(([duration, step]) => (window as unknown as ProbedWindow).runlensTableBench.scroll(duration, step), [SCROLL_MS, SCROLL_STEP]);
  return {
    rows: Math.round(raw.height / ROW_HEIGHT),
    frames: raw.deltas.length,
    over16: raw.deltas.filter((d) => d > FRAME_BUDGET).length,
    worst: Math.max(...raw.deltas),
    median: median(raw.deltas),
    longFrames: raw.longFrames,
    scrolledPx: raw.scrolledPx,
  };
}

/**
 * Clicks the header of `column` with the mouse; returns ms from the click
 * event to the frame after the header's aria-sort changed and the rows were
 * redrawn (see table-scroll-probes.js).
 */
async function timeSortClick(page: Page, column: string): Promise<number> {
  await page.evaluate((id) => (window as unknown as ProbedWindow).runlensTableBench.armSort(id), column);
  await page.locator(`.outlier-table .table-sort[data-column="${column}"]`).click();
  return page.evaluate(() => (window as unknown as ProbedWindow).runlensTableBench.sortTimed);
}

const prev = (sorts: readonly { column: string }[], t: { column: string }) => sorts[sorts.indexOf(t) - 1]?.column;

/** The printed report. */
export function formatScrollFigures(s: ScrollFigures, sorts: readonly { column: string; wall: number }[]): string[] {
  const loaf = s.longFrames < 0 ? 'long-animation-frame not supported' : `${s.longFrames} long animation frames (> 50 ms)`;
  return [
    `\nOutlier table in Chromium (headless, 1400×1000; ${s.rows.toLocaleString('en-US')} rows, view tpc-qa, ${RUNS.toLocaleString('en-US')} runs)`,
    `  scroll (scrollTop += ${SCROLL_STEP} px every frame for ${SCROLL_MS / 1000} s, ${s.scrolledPx.toLocaleString('en-US')} px): ${s.frames} frames, ${s.over16} over 16.7 ms, worst ${ms(s.worst)}, median ${ms(s.median)}; ${loaf}`,
    `  sort (header clicked → re-sorted rows painted): ${sorts.map((t) => `${t.column}${t.column === prev(sorts, t) ? ' again' : ''} ${ms(t.wall)}`).join(', ')}; median ${ms(median(sorts.map((t) => t.wall)))}`,
  ];
}
