/**
 * Times readTree against a plain jsroot read (treeProcess, one selector over
 * every branch, values copied out per entry) of the same trees, made by the
 * project's ROOT writer: a wide tree (10 000 Double_t branches × 5 000
 * entries) and a long one (1 000 000 entries × 40 branches). Prints the
 * figures only. Run: npx tsx scripts/root-reader/bench-read-tree.ts [wide|long]
 */
import { performance } from 'node:perf_hooks';
import { openFile } from 'jsroot/io'; // untyped
import { TSelector, treeProcess } from 'jsroot/tree'; // untyped
import { writeRootFile } from '../root-writer/write-root-file';
import type { TreeSpec } from '../root-writer/spec';
import { readTree } from './read-tree';

interface Shape {
  label: string;
  entries: number;
  branches: number;
}

const SHAPES: Record<string, Shape> = {
  wide: { label: 'wide', entries: 5_000, branches: 10_000 },
  long: { label: 'long', entries: 1_000_000, branches: 40 },
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

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function bench(shape: Shape): Promise<void> {
  const write = await timed(async () => writeRootFile([benchTree(shape)], { basketEntries: 32_000 }));
  const bytes = write.value;
  console.log(`${shape.label}: ${shape.entries} entries × ${shape.branches} branches, ${(bytes.length / 1e6).toFixed(1)} MB (written in ${write.ms.toFixed(0)} ms)`);
  const plain = await timed(() => plainJsrootRead(bytes));
  console.log(`  plain jsroot read: ${plain.ms.toFixed(0)} ms (${plain.value} entries)`);
  const reader = await timed(() => readTree('bench.root', 'trending', { bytes }));
  const table = reader.value;
  console.log(`  readTree:          ${reader.ms.toFixed(0)} ms (${table.columns.length} columns, ${table.refused.length} refused)`);
  console.log(`  ratio plain/readTree: ${(plain.ms / reader.ms).toFixed(2)} (above 1: readTree is faster)`);
  console.log(`  peak RSS so far: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

const which = process.argv[2];
for (const shape of Object.values(SHAPES)) if (!which || which === shape.label) await bench(shape);
