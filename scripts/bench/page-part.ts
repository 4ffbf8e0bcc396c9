import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { launchBrowser } from './launch-browser';
import { measureLatency, DRAG_STEPS, type LatencyFigures } from './measure-latency';
import { runTimed } from './run-command';
import { serveStatic, type Mount } from './static-server';

/**
 * The `page` bench part (issue 8): for the demo, 5,000, 100,000 and 300,000 runs,
 * the drag-step latency (input event → the frame that shows it, measured in
 * the page) next to a bare page's (one SVG rect following the mouse, served
 * by the same server), the open breakdown (the app's `runlens:open:<phase>`
 * measures), the redraw work in a 12-chart bench view, and the tab's JS heap.
 * BENCH_DATA_CACHE=<dir> keeps the generated data sets there between runs;
 * BENCH_DIST=<dir> measures that built site (e.g. an older commit's) instead
 * of building this one.
 */
export const PAGE_SETS = [
  { label: 'demo (data/sources.json)', key: 'demo', runs: 0 },
  { label: '5,000 runs (make:demo)', key: '5000', runs: 5_000 },
  { label: '100,000 runs (make:demo)', key: '100000', runs: 100_000 },
  { label: '300,000 runs (make:demo)', key: '300000', runs: 300_000 },
] as const;

const OPEN_LOADS = 5;
const BENCH_VIEW_LOADS = 3;
const BARE_LOADS = 5;
const BENCH_VIEW = 'bench-12';
/** The same data with fewer charts (demo set only): how the drag step grows with the charts a step redraws. */
const LADDER_VIEWS = [
  { name: 'bench-trend', title: 'Bench: the trend alone', charts: [{ id: 'mip', kind: 'trend', y: 'tpc.meanMIP' }] },
  {
    name: 'bench-3',
    title: 'Bench: the trend and two histograms',
    charts: [
      { id: 'mip', kind: 'trend', y: 'tpc.meanMIP' },
      { id: 'ncl', kind: 'histogram', x: 'tpc.meanTPCncl', bins: 40 },
      { id: 'res', kind: 'histogram', x: 'tpc.resolutionMIP', bins: 40 },
    ],
  },
] as const;
const BARE_DIR = fileURLToPath(new URL('./bare-page/', import.meta.url));
/** Phases before the first draw, then those of the SQLite file (for the run panel), fetched after it. */
const PHASES = ['manifest', 'column-fetch', 'columns', 'crossfilter', 'first-draw'] as const;
const LATER_PHASES = ['sqlite-fetch', 'wasm', 'hash', 'open'] as const;

/** Twelve charts over columns every demo set has: three trends, four histograms, three rows, two scatters. */
const BENCH_VIEW_FILE = {
  $schema: './view.schema.json',
  title: 'Bench: 12 charts',
  description: 'The page benchmark’s 12-chart view (scripts/bench/page-part.ts).',
  charts: [
    { id: 'mip', kind: 'trend', y: 'tpc.meanMIP' },
    { id: 'match', kind: 'trend', y: 'tpc.tpcItsMatchA' },
    { id: 'physsel', kind: 'trend', y: 'evs.fracPhysSel' },
    { id: 'ncl', kind: 'histogram', x: 'tpc.meanTPCncl', bins: 40 },
    { id: 'res', kind: 'histogram', x: 'tpc.resolutionMIP', bins: 40 },
    { id: 'pileup', kind: 'histogram', x: 'evs.fracPileup', bins: 40 },
    { id: 'mult', kind: 'histogram', x: 'tpc.meanMult', bins: 40 },
    { id: 'period', kind: 'row', x: 'rct.period' },
    { id: 'beam', kind: 'row', x: 'rct.beamType' },
    { id: 'quality', kind: 'row', x: 'rct.quality' },
    { id: 'mip-ncl', kind: 'scatter', x: 'tpc.meanTPCncl', y: 'tpc.meanMIP' },
    { id: 'dca', kind: 'scatter', x: 'tpc.dcaz[0]', y: 'tpc.dcar[0]' },
  ],
};

interface SetFigures {
  label: string;
  sqliteBytes: number;
  open: LatencyFigures;
  bench: LatencyFigures;
  /** LADDER_VIEWS' figures, by title (demo set only). */
  ladder: [string, LatencyFigures][];
}

/** Builds what it needs under `work`, measures, and prints the figures with `print`. */
export async function benchPagePart(work: string, print: (line: string) => void = console.log): Promise<void> {
  const cache = process.env.BENCH_DATA_CACHE ?? work;
  const dist = join(work, 'page-dist');
  if (process.env.BENCH_DIST) {
    cpSync(process.env.BENCH_DIST, dist, { recursive: true });
  } else {
    // Built against the demo set, as a maintainer deploys a site with its data: the page then preloads the
    // default view's column files (the generated sets have the same columns in the same places).
    const demo = dataSet(cache, PAGE_SETS[0].key, PAGE_SETS[0].runs, print);
    print('bench page: vite build…');
    runTimed('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], 'vite build', { RUNLENS_DATA: demo });
  }
  addBenchView(dist);
  const loads: number[] = [loadavg()[0]];
  const browser = await launchBrowser();
  try {
    const bare = await measureServed(browser, [{ prefix: '/', dir: BARE_DIR }], '', BARE_LOADS);
    const sets: SetFigures[] = [];
    for (const set of PAGE_SETS) {
      const data = dataSet(cache, set.key, set.runs, print);
      const mounts = [{ prefix: '/data/', dir: data }, { prefix: '/', dir: dist }];
      print(`bench page: measuring ${set.label}…`);
      const open = await measureServed(browser, mounts, '', OPEN_LOADS);
      const bench = await measureServed(browser, mounts, `?view=${BENCH_VIEW}`, BENCH_VIEW_LOADS);
      const ladder: [string, LatencyFigures][] = [];
      if (set.runs === 0) for (const view of LADDER_VIEWS) ladder.push([view.title, await measureServed(browser, mounts, `?view=${view.name}`, BENCH_VIEW_LOADS)]);
      sets.push({ label: set.label, sqliteBytes: statSync(join(data, 'runlens.sqlite')).size, open, bench, ladder });
      loads.push(loadavg()[0]);
    }
    for (const line of formatPageFigures(bare, sets, loads)) print(line);
  } finally {
    await browser.close();
  }
}

async function measureServed(browser: Browser, mounts: Mount[], search: string, loads: number): Promise<LatencyFigures> {
  const { server, url } = await serveStatic(mounts);
  try {
    return await measureLatency(browser, url + search, loads);
  } finally {
    server.close();
  }
}

/** The data folder of one set under `cache`, generated and built unless already there. */
export function dataSet(cache: string, key: string, runs: number, print: (line: string) => void): string {
  const out = join(cache, `page-data-${key}`);
  if (existsSync(join(out, 'manifest.json'))) return out;
  let sources = 'data/sources.json';
  if (runs > 0) {
    const src = join(cache, `page-src-${key}`);
    print(`bench page: make:demo --runs ${runs}…`);
    runTimed('npx', ['tsx', 'scripts/make-demo.ts', '--runs', String(runs), '--out', src, '--qa', 'none'], 'make:demo');
    sources = join(src, 'sources.json');
  }
  print(`bench page: build:data ${sources}…`);
  runTimed('npx', ['tsx', 'scripts/build-data.ts', '--sources', sources, '--out', out], 'build:data');
  return out;
}

/** Writes the 12-chart view into the built site and lists it in site.json. */
export function addBenchView(dist: string): void {
  mkdirSync(join(dist, 'views'), { recursive: true });
  writeFileSync(join(dist, 'views', `${BENCH_VIEW}.json`), JSON.stringify(BENCH_VIEW_FILE));
  for (const view of LADDER_VIEWS) {
    writeFileSync(join(dist, 'views', `${view.name}.json`), JSON.stringify({ $schema: BENCH_VIEW_FILE.$schema, title: view.title, description: BENCH_VIEW_FILE.description, charts: view.charts }));
  }
  const site = JSON.parse(readFileSync(join(dist, 'site.json'), 'utf8')) as { views: { name: string; title: string }[] };
  site.views.push({ name: BENCH_VIEW, title: BENCH_VIEW_FILE.title }, ...LADDER_VIEWS.map(({ name, title }) => ({ name, title })));
  writeFileSync(join(dist, 'site.json'), JSON.stringify(site));
}

const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`;
const mib = (b: number) => `${(b / (1 << 20)).toFixed(1)} MiB`;

/** The printed report: one block per data set, the bare page's figures beside the app's. */
export function formatPageFigures(bare: LatencyFigures, sets: readonly SetFigures[], loads: readonly number[]): string[] {
  const lines = ['', `RunLens page benchmark (medians; Debian Chromium headless; ${DRAG_STEPS}-step mouse drags with Playwright)`];
  lines.push(`bare page (one SVG rect on mousemove): drag step input → frame shown ${ms(bare.stepShown)}, ${pct(bare.sameFrame)} in the event's frame; ${DRAG_STEPS}-step drag ${ms(bare.dragWall)}; open (navigation → drawn) ${ms(bare.drawn)}, goto → ready ${ms(bare.gotoToReady)}`);
  for (const s of sets) {
    const { open, bench } = s;
    lines.push('', `[${s.label}] SQLite ${mib(s.sqliteBytes)}`);
    lines.push(`  open: navigation → all charts drawn ${ms(open.drawn)} (goto → ready ${ms(open.gotoToReady)}); targets ≤ 600 ms at 5,000 runs, ≤ 2 s at 300,000`);
    const listed = (phases: readonly string[]) => phases.filter((p) => p in open.phases).map((p) => `${p} ${ms(open.phases[p])}`).join(', ');
    lines.push(`    phases: ${listed(PHASES)}; after the first draw, for the run panel: ${listed(LATER_PHASES)}`);
    lines.push(`    then, in idle time: histogram dimensions built ${ms(open.deferredBuilt)} after the first draw (${BENCH_VIEW}: ${ms(bench.deferredBuilt)}); drags are measured after`);
    for (const [name, f] of [['default view', open], [`${BENCH_VIEW} (12 charts)`, bench], ...s.ladder] as const) {
      lines.push(`  ${name}: drag step input → frame shown ${ms(f.stepShown)} = ${(f.stepShown / bare.stepShown).toFixed(2)}× bare (target ≤ 1.2×), ${pct(f.sameFrame)} in the event's frame; redraw work ${ms(f.redrawWork)}; ${DRAG_STEPS}-step drag ${ms(f.dragWall)} (${(f.dragWall / bare.dragWall).toFixed(2)}× bare); JS heap ${mib(f.heapUsed)}`);
    }
  }
  lines.push('', `redraw work target: ≤ 16 ms at 300,000 runs × 12 charts. Load average while measuring: ${loads.map((l) => l.toFixed(1)).join(' → ')} (2 cores shared: figures inflated above 2).`);
  return lines;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
