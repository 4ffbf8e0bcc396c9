/**
 * The `table-scroll` bench part (issue 7, the browser half of `table`): the
 * page bench's 100,000-run data set (make:demo --qa none, built by
 * build:data; BENCH_DATA_CACHE=<dir> keeps it between runs) and the site
 * built by Vite, served, and opened in Chromium on the tpc-qa view. The
 * outlier table is scrolled continuously (scrollTop moved in every
 * requestAnimationFrame for SCROLL_MS), each frame's length taken from the
 * rAF timestamps in the page; then column headers are clicked with the mouse
 * (a trusted click) and timed from the click event to the frame after the
 * re-sorted rows are in the page. It measures; it never asserts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchBrowser } from './measure-latency';
import { median } from './median';
import { dataSet } from './page-part';
import { runTimed } from './run-command';
import { serveStatic } from './static-server';

const RUNS = 100_000;
const SCROLL_MS = 3000;
/** Pixels scrolled per frame: about 6 rows, a brisk wheel scroll. */
const SCROLL_STEP = 150;
const FRAME_BUDGET = 1000 / 60;
const SORT_COLUMNS = ['tpc.meanMIP', 'tpc.meanMIP', 'rct.period', 'status', 'rules'];

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

/** Scrolls the table for SCROLL_MS, moving scrollTop in every frame, and returns the frame lengths' figures. */
async function measureScroll(page: Page): Promise<ScrollFigures> {
  const raw = await page.evaluate(({ duration, step }) => new Promise<{ deltas: number[]; rows: number; longFrames: number; scrolledPx: number }>((resolve) => {
    const scroller = document.querySelector('.outlier-table .table-scroll') as HTMLElement;
    const rows = (document.querySelector('.outlier-table .table-body') as HTMLElement).offsetHeight / 26;
    let longFrames = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? 0 : -1;
    const observer = longFrames < 0 ? undefined : new PerformanceObserver((list) => void (longFrames += list.getEntries().length));
    observer?.observe({ type: 'long-animation-frame' });
    const deltas: number[] = [];
    let start = -1;
    let last = -1;
    const tick = (now: number) => {
      if (start < 0) start = now;
      else deltas.push(now - last);
      last = now;
      if (now - start >= duration) {
        observer?.disconnect();
        resolve({ deltas, rows: Math.round(rows), longFrames, scrolledPx: scroller.scrollTop });
        return;
      }
      scroller.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), { duration: SCROLL_MS, step: SCROLL_STEP });
  return {
    rows: raw.rows,
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
 * redrawn (rAF, then a task: the frame with the re-sorted rows is painted).
 */
async function timeSortClick(page: Page, column: string): Promise<number> {
  const header = page.locator(`.outlier-table .table-sort[data-column="${column}"]`);
  await page.evaluate((id) => {
    const button = document.querySelector(`.outlier-table .table-sort[data-column="${id}"]`) as HTMLElement;
    const body = document.querySelector('.outlier-table .table-body') as HTMLElement;
    const before = button.getAttribute('aria-sort');
    const w = window as Window & { sortTimed?: Promise<number> };
    w.sortTimed = new Promise<number>((resolve) => {
      button.addEventListener('click', (event) => {
        const clicked = event.timeStamp;
        const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clicked)));
        if (button.getAttribute('aria-sort') !== before) return painted();
        const observer = new MutationObserver(() => {
          if (button.getAttribute('aria-sort') === before || body.childElementCount === 0) return;
          observer.disconnect();
          painted();
        });
        observer.observe(button, { attributes: true });
        observer.observe(body, { childList: true });
      }, { once: true, capture: true });
    });
  }, column);
  await header.click();
  return page.evaluate(() => (window as Window & { sortTimed?: Promise<number> }).sortTimed!);
}

/** The printed report. */
export function formatScrollFigures(s: ScrollFigures, sorts: readonly { column: string; wall: number }[]): string[] {
  const loaf = s.longFrames < 0 ? 'long-animation-frame not supported' : `${s.longFrames} long animation frames (> 50 ms)`;
  return [
    `\nOutlier table in Chromium (headless, 1400×1000; ${s.rows.toLocaleString('en-US')} rows, view tpc-qa, ${RUNS.toLocaleString('en-US')} runs)`,
    `  scroll (scrollTop += ${SCROLL_STEP} px every frame for ${SCROLL_MS / 1000} s, ${s.scrolledPx.toLocaleString('en-US')} px): ${s.frames} frames, ${s.over16} over 16.7 ms, worst ${ms(s.worst)}, median ${ms(s.median)}; ${loaf}`,
    `  sort (header clicked → re-sorted rows painted): ${sorts.map((t) => `${t.column} ${ms(t.wall)}`).join(', ')}; median ${ms(median(sorts.map((t) => t.wall)))}`,
  ];
}
