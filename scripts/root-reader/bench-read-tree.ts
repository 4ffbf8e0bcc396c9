/**
 * Times readTree against a plain jsroot read (treeProcess, one selector over
 * every branch, each value copied out per entry) of the same trees, made by
 * the project's ROOT writer: a wide tree (10 000 branches × 5 000 entries)
 * and a long one (40 branches × 1 000 000 entries). Each read runs in a fresh
 * process, so its peak RSS is its own. Prints the figures only.
 * Run: npx tsx scripts/root-reader/bench-read-tree.ts [wide|long]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openFile } from 'jsroot/io'; // untyped
import { TSelector, treeProcess } from 'jsroot/tree'; // untyped
import type { TreeSpec } from '../root-writer/spec';
import { writeRootFile } from '../root-writer/write-root-file';
import { readTree } from './read-tree';

interface Shape {
  entries: number;
  branches: number;
}

const SHAPES: Record<string, Shape> = {
  wide: { entries: 5_000, branches: 10_000 },
  long: { entries: 1_000_000, branches: 40 },
};

/** Run number first, then smooth doubles (a trending tree's look, no randomness). */
function benchTree(shape: Shape): TreeSpec {
  const run = { name: 'run', type: 'Int_t' as const, values: Int32Array.from({ length: shape.entries }, (_, k) => 500_000 + k) };
  const vars = Array.from({ length: shape.branches - 1 }, (_, b) => ({
    name: `v${b}`,
    type: 'Double_t' as const,
    values: Float64Array.from({ length: shape.entries }, (_, k) => Math.sin(k * 0.001 * (b + 1)) * 100 + (k % 17) * 1e-3),
  }));
  return { name: 'trending', entries: shape.entries, branches: [run, ...vars] };
}

/** What a plain jsroot read does: every branch into one selector, each value copied out per entry. */
async function plainJsrootRead(bytes: Uint8Array): Promise<number> {
  const file = await openFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const tree = await file.readObject('trending');
  const names: string[] = tree.fBranches.arr.map((b: { fName: string }) => b.fName);
  const columns: unknown[][] = names.map(() => []);
  const selector = new TSelector();
  for (const name of names) selector.addBranch(name);
  selector.Process = function (this: { tgtobj: Record<string, unknown> }) {
    for (let i = 0; i < names.length; i++) columns[i].push(this.tgtobj[names[i]]);
  };
  await treeProcess(tree, selector);
  return columns[0].length;
}

/** In a child: read the file one way and print `ms maxRssMiB`. */
async function child(mode: string, file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  if (mode === 'reader') await readTree(file, 'trending', { bytes });
  else await plainJsrootRead(bytes);
  console.log(`${(performance.now() - start).toFixed(0)} ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);
}

function measure(mode: string, file: string): { ms: number; rss: number } {
  const self = fileURLToPath(import.meta.url);
  const [ms, rss] = execFileSync(process.execPath, ['--import', 'tsx', self, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split(' ').map(Number);
  return { ms, rss };
}

async function bench(label: string, shape: Shape, dir: string): Promise<void> {
  const file = path.join(dir, `${label}.root`);
  const start = performance.now();
  writeFileSync(file, writeRootFile([benchTree(shape)], { basketEntries: 32_000 }));
  console.log(`${label}: ${shape.entries} entries × ${shape.branches} branches, ${(statSync(file).size / 1e6).toFixed(1)} MB (written in ${(performance.now() - start).toFixed(0)} ms)`);
  const reader = measure('reader', file);
  console.log(`  readTree:          ${reader.ms} ms, peak RSS ${reader.rss} MiB`);
  const plain = measure('plain', file);
  console.log(`  plain jsroot read: ${plain.ms} ms, peak RSS ${plain.rss} MiB`);
  console.log(`  readTree takes ${(reader.ms / plain.ms).toFixed(2)} of the plain read's time`);
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'reader' || mode === 'plain') await child(mode, arg);
else {
  const dir = mkdtempSync(path.join(tmpdir(), 'runlens-bench-read-'));
  try {
    for (const [label, shape] of Object.entries(SHAPES)) if (!mode || mode === label) await bench(label, shape, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
