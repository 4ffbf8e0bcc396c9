/**
 * `npm run build:data`: reads the sources file, joins every source on run
 * and writes public/data/ (runlens.sqlite, runlens.csv, manifest.json).
 * usage: tsx scripts/build-data.ts [--sources data/sources.json] [--out DIR]
 */
import type { ReadTree } from './pipeline/read-root-source';
import { runBuildCli } from './pipeline/run-build-cli';

/** Loads the ROOT reader on first use, so CSV-only builds do not need jsroot. */
const readTree: ReadTree = async (file, tree, options) => {
  const reader = await import('./root-reader/read-tree');
  return reader.readTree(file, tree, options);
};

process.exitCode = await runBuildCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  readTree,
  clock: () => new Date(),
});
