/**
 * `npm run bench`: prints the figures the project is held to, for the demo
 * data and for a generated 100k-run table (made by the ROOT writer, built by
 * build:data): build time, SQLite size, navigation → all charts drawn,
 * brush → redraw → next frame, first-page JS gzip. Targets (DESIGN, issue 2):
 * brush within one frame (16 ms) at 100k, demo opens < 1 s, first page
 * < 100 kB gzip apart from the sql.js wasm. It measures; it never asserts.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstPageSize } from './bench/first-page-size';
import { measurePage, type PageFigures } from './bench/measure-page';
import { runBenchParts } from './bench/parts';
import { runTimed } from './bench/run-command';
import { serveStatic } from './bench/static-server';

const BIG_RUNS = Number(process.env.BENCH_RUNS ?? 100_000);
const tsx = (script: string, ...args: string[]) => ['tsx', `scripts/${script}`, ...args];
const fmtMs = (ms: number) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
const fmtBytes = (b: number) => (b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} kB`);

interface DataSet {
  label: string;
  runs: number;
  buildMs: number;
  sqliteBytes: number;
  page?: PageFigures;
}

async function main(): Promise<void> {
  if (runBenchParts(process.argv.slice(2))) return; // in-process parts (rules); `--only rules` runs just that
  const work = mkdtempSync(join(tmpdir(), 'runlens-bench-'));
  try {
    console.log(`bench: working in ${work}`);
    const sets: DataSet[] = [buildSet('demo (data/sources.json)', 'data/sources.json', join(work, 'demo-data'))];
    console.log(`bench: making ${BIG_RUNS} runs with make:demo…`);
    const makeMs = runTimed('npx', tsx('make-demo.ts', '--runs', String(BIG_RUNS), '--out', join(work, 'big-src')), 'make:demo');
    console.log(`bench: make:demo ${BIG_RUNS} runs: ${fmtMs(makeMs)}`);
    sets.push(buildSet(`${BIG_RUNS} runs (generated)`, join(work, 'big-src', 'sources.json'), join(work, 'big-data')));
    const dist = join(work, 'dist');
    runTimed('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], 'vite build');
    const js = firstPageSize(dist);
    for (const set of sets) set.page = await measureSet(dist, set === sets[0] ? join(work, 'demo-data') : join(work, 'big-data'));
    report(sets, js, makeMs);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function buildSet(label: string, sources: string, out: string): DataSet {
  console.log(`bench: build:data ${label}…`);
  const buildMs = runTimed('npx', tsx('build-data.ts', '--sources', sources, '--out', out), `build:data ${label}`);
  return { label, runs: 0, buildMs, sqliteBytes: statSync(join(out, 'runlens.sqlite')).size };
}

async function measureSet(dist: string, data: string): Promise<PageFigures> {
  const { server, url } = await serveStatic([{ prefix: '/data/', dir: data }, { prefix: '/', dir: dist }]);
  try {
    return await measurePage(url);
  } finally {
    server.close();
  }
}

function report(sets: DataSet[], js: ReturnType<typeof firstPageSize>, makeMs: number): void {
  console.log('\nRunLens benchmark (medians; Chromium headless, this machine)');
  console.log(`first-page JS: ${fmtBytes(js.gzip)} gzip (${fmtBytes(js.raw)} raw) in ${js.files.length} file(s); target < 100 kB gzip`);
  console.log(`make:demo (ROOT writer) ${BIG_RUNS} runs: ${fmtMs(makeMs)}`);
  for (const s of sets) {
    const p = s.page;
    console.log(`\n[${s.label}]`);
    console.log(`  build:data wall time (incl. tsx start): ${fmtMs(s.buildMs)}`);
    console.log(`  SQLite size: ${fmtBytes(s.sqliteBytes)}`);
    if (!p) continue;
    console.log(`  navigation → all charts drawn: ${fmtMs(p.chartsDrawn)} (target < 1000 ms for the demo)`);
    console.log(`  brush redraw work (filter + all charts): ${fmtMs(p.redrawWork)} (target: fits in one 16 ms frame)`);
    console.log(`  brush event dispatched → frame after the redraw: ${fmtMs(p.dispatchToFrame)}`);
    console.log(`  brush input received → redraw end: ${fmtMs(p.brushToRedrawEnd)}; → frame after: ${fmtMs(p.brushToFrame)} (${p.brushSteps} drag steps)`);
    console.log(`  reset all: redraw work ${fmtMs(p.resetWork)}; click dispatched → frame after: ${fmtMs(p.resetToFrame)}`);
    console.log(`  scatter box brush: redraw work ${fmtMs(p.boxWork)}; event dispatched → frame after: ${fmtMs(p.boxToFrame)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
