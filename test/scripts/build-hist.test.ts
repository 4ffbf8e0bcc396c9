import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { QA_HISTOGRAMS } from '../../scripts/demo/qa-histograms';
import type { HistogramIndex, HistogramReport } from '../../src/contract/histogram-contract';
import { tempFolder } from './histograms/qa-fixtures';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../..');
const folder = tempFolder('runlens-build-hist-');

describe('build-hist (scripts/build-hist.ts)', () => {
  it('extracts the committed demo QA files by their exact paths and reports the histograms their runs lack', async () => {
    const out = join(folder.dir, 'hist');
    const { stdout } = await run('npx', ['tsx', 'scripts/build-hist.ts', '--files', 'data/qa/*.root', '--run-pattern', '(\\d+)\\.root$',
      '--histograms', QA_HISTOGRAMS.map((h) => h.path).join(','), '--out', out], { cwd: repo });
    const summary = JSON.parse(readFileSync(join(repo, 'data', 'demo-qa.json'), 'utf8')) as { files: { run: number; missing: string[] }[] };
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as HistogramIndex;
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as HistogramReport;
    expect(index.runs.map((r) => r.run)).toEqual(summary.files.map((f) => f.run));
    expect(report.entries.filter((e) => e.kind === 'missing-histogram').map((e) => e.kind === 'missing-histogram' && [e.run, e.path]))
      .toEqual(summary.files.flatMap((f) => f.missing.map((p) => [f.run, p])));
    expect(index.paths.map((p) => p.path)).toEqual(QA_HISTOGRAMS.map((h) => h.path));
    expect(existsSync(join(out, `${summary.files[0].run}.json`))).toBe(true);
    expect(stdout).toContain(`of ${summary.files.length} runs`);
  }, 120_000);
});
