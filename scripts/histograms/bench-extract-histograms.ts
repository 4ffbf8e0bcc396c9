/**
 * `npm run bench:hist`: writes one QA file per run of the default demo (3,000
 * runs, make:demo --qa all) into a temporary folder, extracts every QA
 * histogram with extractRunHistograms and prints the figures: generation and
 * extraction time (wall and CPU), files per second, run-file sizes and their
 * total (raw and gzip, what GitHub Pages stores and sends), the index size.
 * It measures; it never asserts. Set BENCH_HIST_RUNS for another run count.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateDemo } from '../demo/generate-demo';
import { QA_FILES, renderQaFiles } from '../demo/qa-files';
import { QA_HISTOGRAMS } from '../demo/qa-histograms';
import { extractRunHistograms } from './extract-run-histograms';

const RUNS = Number(process.env.BENCH_HIST_RUNS ?? 3000);
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'runlens-bench-hist-'));
  try {
    let wall = performance.now();
    let cpu = process.cpuUsage();
    const files = renderQaFiles(generateDemo({ seed: 2018, runs: RUNS }), 'all').filter((f) => f.name !== QA_FILES.summary);
    mkdirSync(join(work, QA_FILES.folder));
    for (const f of files) writeFileSync(join(work, f.name), f.bytes);
    const rootBytes = files.reduce((n, f) => n + f.bytes.length, 0);
    console.log(`bench:hist: wrote ${files.length} QA files (${MB(rootBytes)}) in ${((performance.now() - wall) / 1000).toFixed(1)} s wall, ${cpuSeconds(cpu).toFixed(1)} s CPU`);

    const texts: number[] = [];
    let gzipBytes = 0;
    wall = performance.now();
    cpu = process.cpuUsage();
    const { index, report } = await extractRunHistograms(
      { source: { kind: 'run-files', files: 'qa/*.root', runPattern: '(\\d+)\\.root$' }, histograms: QA_HISTOGRAMS.map((h) => h.path), baseDir: work },
      { writeRun: async (_, text) => { texts.push(text.length); gzipBytes += gzipSync(text).length; } },
    );
    const seconds = (performance.now() - wall) / 1000;
    const cpuUsed = cpuSeconds(cpu);
    const sizes = index.runs.map((r) => r.bytes).sort((a, b) => a - b);
    const indexBytes = JSON.stringify(index).length;
    console.log(`extraction: ${files.length} files, ${index.totals.histograms} histograms in ${seconds.toFixed(1)} s wall (${(files.length / seconds).toFixed(0)} files/s, ${((1000 * seconds) / files.length).toFixed(1)} ms/file), ${cpuUsed.toFixed(1)} s CPU (${((1000 * cpuUsed) / files.length).toFixed(1)} ms/file, gzip of the run files for the figures below included)`);
    console.log(`run files: ${index.totals.runs} runs, ${MB(index.totals.bytes)} in all (gzip ${MB(gzipBytes)}); per run smallest ${kB(sizes[0])}, median ${kB(sizes[sizes.length >> 1])}, largest ${kB(sizes[sizes.length - 1])}`);
    console.log(`index.json: ${kB(indexBytes)} (gzip ${kB(gzipSync(JSON.stringify(index)).length)}); report.json: ${report.entries.length} entries`);
    console.log(`per histogram (largest JSON over the runs): ${index.paths.map((p) => `${p.path} ${kB(p.maxBytes)}`).join(', ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
