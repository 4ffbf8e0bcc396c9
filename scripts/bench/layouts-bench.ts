/**
 * The `layouts` bench part (issue 10): the demo built by build:data (its QA
 * source writes hist/), the site built by Vite, served, and opened in
 * Chromium: a layout opened for a demo run (JSON arrived → every pad
 * painted: the `runlens:layout` measure, the first open includes jsroot's
 * first drawings) and the next run of the selection (Next pressed → painted,
 * pads redrawn in place), medians; then the per-run file sizes of the demo
 * build and of all 3,000 demo runs (make:demo --qa all, extracted in memory).
 * It measures; it never asserts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { HistogramIndex } from '../../src/contract/histogram-contract';
import { generateDemo } from '../demo/generate-demo';
import { QA_FILES, renderQaFiles } from '../demo/qa-files';
import { QA_HISTOGRAMS } from '../demo/qa-histograms';
import { extractRunHistograms } from '../histograms/extract-run-histograms';
import { launchBrowser } from './launch-browser';
import { median } from './median';
import { runTimed } from './run-command';
import { serveStatic } from './static-server';

const STEPS = 15;
const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`;
const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const MB = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;

/** Runs the part; returns the lines to print. */
export async function benchLayouts(log: (line: string) => void): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'runlens-bench-layouts-'));
  try {
    const data = join(work, 'data');
    const dist = join(work, 'dist');
    log('bench layouts: build:data data/sources.json (with the QA source)…');
    runTimed('npx', ['tsx', 'scripts/build-data.ts', '--sources', 'data/sources.json', '--out', data], 'build:data');
    log('bench layouts: vite build…');
    runTimed('npx', ['vite', 'build', '--configLoader', 'runner', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], 'vite build');
    const index = JSON.parse(readFileSync(join(data, 'hist', 'index.json'), 'utf8')) as HistogramIndex;
    const page = await measureInBrowser(data, dist, index.runs[0].run);
    log('bench layouts: sizes for every demo run (make:demo --qa all, extracted in memory)…');
    const all = await allRunSizes();
    return [
      '\nHistogram layouts (Chromium headless; demo build, layout "TPC", 6 pads, reference overlay and ratio on)',
      `  layout open, JSON arrived → painted: first ${ms(page.first)}; median of ${page.opens.length} re-opens (another tab, then TPC again) ${ms(median(page.opens))}`,
      `  12-pad layout "All (12)", JSON arrived → painted: median of ${page.twelve.length} opens (another tab, then it again) ${ms(median(page.twelve))}`,
      `  next run (Next pressed → painted, pads redrawn in place): median ${ms(median(page.steps))} over ${page.steps.length} steps; JSON arrived → painted ${ms(median(page.stepPaint))}`,
      `  per-run files of the demo build: ${sizeLine(index.runs.map((r) => r.bytes))}`,
      `  per-run files for all demo runs: ${sizeLine(all.sizes)} (gzip ${MB(all.gzip)}); index.json ${kB(all.indexBytes)}`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function sizeLine(bytes: number[]): string {
  const s = [...bytes].sort((a, b) => a - b);
  return `${s.length} runs, smallest ${kB(s[0])}, median ${kB(s[s.length >> 1])}, largest ${kB(s[s.length - 1])}, total ${MB(s.reduce((a, b) => a + b, 0))}`;
}

/** Layout times in ms: first open, re-opens of the 6-pad TPC grid, next-run steps (wall, paint), opens of the 12-pad grid. */
interface PageTimes { first: number; opens: number[]; steps: number[]; stepPaint: number[]; twelve: number[] }

async function measureInBrowser(data: string, dist: string, firstRun: number): Promise<PageTimes> {
  const { server, url } = await serveStatic([{ prefix: '/data/', dir: data }, { prefix: '/', dir: dist }]);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 120_000 });
    const first = await openRun(page, firstRun);
    const opens: number[] = [];
    const steps: number[] = [];
    const stepPaint: number[] = [];
    for (let i = 0; i < STEPS; i++) {
      const step = await page.evaluate(() => new Promise<{ wall: number; paint: number }>((resolve) => {
        const viewer = document.querySelector('.layout-viewer')!;
        const before = viewer.getAttribute('data-run');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (viewer.getAttribute('data-run') === before || viewer.getAttribute('data-state') !== 'painted') return;
          observer.disconnect();
          resolve({ wall: performance.now() - start, paint: performance.getEntriesByName('runlens:layout').at(-1)?.duration ?? NaN });
        });
        observer.observe(viewer, { attributes: true });
        (document.querySelector('.layout-next') as HTMLButtonElement).click();
      }));
      steps.push(step.wall);
      stepPaint.push(step.paint);
    }
    // A fresh grid each time: away to another tab and back to TPC (the run's JSON is cached by then).
    for (let i = 0; i < 5; i++) {
      await openTab(page, 'DCA');
      opens.push(await openTab(page, 'TPC'));
    }
    // The 12-pad layout (issue 10's figure): a fresh grid each time, the run's JSON cached.
    const twelve: number[] = [];
    for (let i = 0; i < 5; i++) {
      await openTab(page, 'DCA');
      twelve.push(await openTab(page, 'All (12)'));
    }
    return { first, opens, steps, stepPaint, twelve };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Opens `run` (its first layout, TPC) and returns its `runlens:layout` measure. */
async function openRun(page: Page, run: number): Promise<number> {
  await page.evaluate(() => performance.clearMeasures('runlens:layout'));
  await page.locator('.layout-run').fill(String(run));
  await page.locator('.layout-run').press('Enter');
  await page.waitForFunction((r) => {
    const v = document.querySelector('.layout-viewer');
    return v?.getAttribute('data-run') === String(r) && v.getAttribute('data-state') === 'painted' && performance.getEntriesByName('runlens:layout').length > 0;
  }, run, { timeout: 120_000 });
  return page.evaluate(() => performance.getEntriesByName('runlens:layout').at(-1)!.duration);
}

/** Chooses the layout tab `name` (a new grid) and returns its `runlens:layout` measure. */
async function openTab(page: Page, name: string): Promise<number> {
  await page.evaluate(() => performance.clearMeasures('runlens:layout'));
  await page.getByRole('tab', { name }).click();
  await page.waitForFunction((n) => {
    const v = document.querySelector('.layout-viewer');
    return document.querySelector(`.layout-grid[data-layout="${n}"]`) && v?.getAttribute('data-state') === 'painted' && performance.getEntriesByName('runlens:layout').length > 0;
  }, name, { timeout: 120_000 });
  return page.evaluate(() => performance.getEntriesByName('runlens:layout').at(-1)!.duration);
}

async function allRunSizes(): Promise<{ runs: number; sizes: number[]; total: number; gzip: number; indexBytes: number }> {
  const files = new Map(renderQaFiles(generateDemo({ seed: 2018, runs: 3000 }), 'all').filter((f) => f.name !== QA_FILES.summary).map((f) => [f.name, f.bytes]));
  let gzip = 0;
  const { index } = await extractRunHistograms(
    { source: { kind: 'run-files', files: 'qa/*.root', runPattern: '(\\d+)\\.root$' }, histograms: QA_HISTOGRAMS.map((h) => h.path), baseDir: '/bench' },
    {
      writeRun: async (_, text) => void (gzip += gzipSync(text).length),
      listFiles: async () => [...files.keys()].map((name) => join('/bench', name)).sort(),
      loadFile: async (file) => files.get(file.slice('/bench/'.length))!,
    },
  );
  return { runs: index.totals.runs, sizes: index.runs.map((r) => r.bytes), total: index.totals.bytes, gzip, indexBytes: JSON.stringify(index).length };
}
