/**
 * Times writeRootFile on the benchmark shape: 100 000 entries × 30 Double_t
 * branches, raw and zlib. Run: npx tsx scripts/root-writer/bench-write-root-file.ts
 * Prints the timings only; nothing is written to disk.
 */
import { performance } from 'node:perf_hooks';
import type { Compression, TreeSpec } from './spec';
import { writeRootFile } from './write-root-file';

const ENTRIES = 100_000;
const BRANCHES = 30;

/** Smooth but not constant columns, like trending variables (no randomness). */
function benchTree(): TreeSpec {
  const branches = Array.from({ length: BRANCHES }, (_, b) => ({
    name: `var${b}`,
    type: 'Double_t' as const,
    values: Float64Array.from({ length: ENTRIES }, (_, k) => Math.sin(k * 0.001 * (b + 1)) * 100 + b + (k % 17) * 1e-3),
  }));
  return { name: 'trending', entries: ENTRIES, branches };
}

function time(label: string, compression: Compression): void {
  const tree = benchTree();
  writeRootFile([tree], { compression }); // warm-up
  const start = performance.now();
  const bytes = writeRootFile([tree], { compression });
  const ms = performance.now() - start;
  console.log(`${label}: ${ms.toFixed(0)} ms, ${(bytes.length / 1e6).toFixed(1)} MB`);
}

time('raw', 'none');
time('zlib 1', { algorithm: 'zlib', level: 1 });
time('zlib 4', { algorithm: 'zlib', level: 4 });
time('zlib 6', { algorithm: 'zlib', level: 6 });
