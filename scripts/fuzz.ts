/**
 * `npm run fuzz -- [--cases N] [--seed S] [--workers W] [--timeout MS] [--file PART] [--case I…]`:
 * builds N damaged copies of real ROOT files (byte flips, truncations, zeroed
 * ranges; seeded, so a run replays exactly) and prints the count of each
 * outcome. Exit 1 when any case crashed, hung, changed values unreported or
 * printed to the console. `--case` replays single cases of the same seed
 * (last on the line); `--file` keeps only the targets whose path contains PART.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatFuzzReport } from './fuzz/format-fuzz-report';
import { FUZZ_TARGETS, rootFilesFolder } from './fuzz/fuzz-targets';
import { runFuzz } from './fuzz/run-fuzz';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer`);
  return value;
}

function replayed(): number[] | undefined {
  const at = process.argv.indexOf('--case');
  if (at < 0) return undefined;
  return process.argv.slice(at + 1).filter((a) => /^\d+$/.test(a)).map(Number);
}

const rootFiles = rootFilesFolder();
if (!rootFiles) {
  console.error('fuzz: no ROOT test files found (set RUNLENS_ROOTFILES or provide ../shared/rootfiles).');
  process.exit(2);
}
const workDir = mkdtempSync(path.join(tmpdir(), 'runlens-fuzz-'));
try {
  const only = replayed();
  const onlyFile = process.argv.indexOf('--file');
  const targets = onlyFile >= 0 ? FUZZ_TARGETS.filter((t) => t.file.includes(process.argv[onlyFile + 1])) : FUZZ_TARGETS;
  const options = { targets, rootFiles, workDir, cases: option('cases', 10_000), seed: option('seed', 1), workers: option('workers', 2), timeoutMs: option('timeout', 30_000) };
  let last = 0;
  const report = await runFuzz({
    ...options,
    ...(only ? { only } : {}),
    onProgress: (done, total) => {
      if (done === total || Date.now() - last > 5000) {
        last = Date.now();
        console.log(`fuzz: ${done}/${total} cases`);
      }
    },
  });
  for (const line of formatFuzzReport(report, options.seed)) console.log(line);
  process.exitCode = report.failures.length > 0 ? 1 : 0;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
