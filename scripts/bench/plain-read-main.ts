/**
 * Child process of the build benchmark: reads the given ROOT files' tree
 * with plain jsroot (plainJsrootRead) and prints one JSON line:
 * {"entries", "ms", "peakBytes"}. usage: tsx scripts/bench/plain-read-main.ts TREE FILE…
 */
import { plainJsrootRead } from './plain-jsroot-read';

const [tree, ...files] = process.argv.slice(2);
const started = performance.now();
let entries = 0;
for (const file of files) entries += await plainJsrootRead(file, tree);
console.log(JSON.stringify({ entries, ms: performance.now() - started, peakBytes: process.resourceUsage().maxRSS * 1024 }));
