import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFuzzReport } from '../../../scripts/fuzz/format-fuzz-report';
import { FUZZ_TARGETS, rootFilesFolder } from '../../../scripts/fuzz/fuzz-targets';
import { fuzzCases, runFuzz } from '../../../scripts/fuzz/run-fuzz';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('fuzz/run-fuzz');
const work = mkdtempSync(path.join(tmpdir(), 'runlens-fuzz-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Cases per run in the normal test run; `npm run fuzz -- --cases N --seed S` runs longer. */
const CASES = 2000;
const SEED = 20240601;

describe('fuzzCases', () => {
  it('gives the same cases for a seed, cycles through the targets and keeps each mutation inside its file', () => {
    const sizes = [1000, 50, 70000];
    expect(fuzzCases(sizes, 300, 9)).toEqual(fuzzCases(sizes, 300, 9));
    expect(fuzzCases(sizes, 300, 9)).not.toEqual(fuzzCases(sizes, 300, 10));
    for (const c of fuzzCases(sizes, 300, 9)) {
      expect(c.target).toBe(c.index % 3);
      const at = c.mutation.kind === 'truncate' ? c.mutation.length : c.mutation.at;
      expect(at).toBeLessThan(sizes[c.target]);
    }
  });
});

rootfiles.describe(`fuzz: ${CASES} damaged copies of ${FUZZ_TARGETS.length} real files built through the CLI`, () => {
  const folder = () => {
    for (const t of FUZZ_TARGETS) rootfiles.path(t.file); // counted as read
    return rootFilesFolder()!;
  };

  it('reports a case that outlives its time limit as a hang, replaces the worker and goes on', async () => {
    const report = await runFuzz({ targets: FUZZ_TARGETS.slice(0, 1), rootFiles: folder(), workDir: path.join(work, 'hang'), cases: 3, seed: 1, workers: 1, timeoutMs: 1 });
    expect(report.counts.hang).toBe(3);
    expect(report.failures.map((f) => f.failure)).toEqual(['hang', 'hang', 'hang']);
  }, 120_000);

  it('every case is refused naming file and object, or builds the clean values, or builds flagged unverified-integrity: no other exit, no hang, no console noise', async () => {
    const report = await runFuzz({ targets: FUZZ_TARGETS, rootFiles: folder(), workDir: path.join(work, 'run'), cases: CASES, seed: SEED, workers: 2, timeoutMs: 60_000 });
    const lines = formatFuzzReport(report, SEED);
    console.log(lines.join('\n'));
    expect(report.failures, lines.join('\n')).toEqual([]);
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(CASES);
    expect(Object.keys(report.byFile).sort()).toEqual(FUZZ_TARGETS.map((t) => t.file).sort());
    // Each acceptable outcome occurs: the run exercises refusals, undetectable-but-harmless damage and flagged damage.
    expect([report.counts.refused, report.counts['same values'], report.counts['flagged unverified']].every((n) => n > 0)).toBe(true);
  }, 900_000);
});
