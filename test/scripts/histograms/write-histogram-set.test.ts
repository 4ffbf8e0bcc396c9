import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHistogramIndex } from '../../../scripts/histograms/build-histogram-index';
import { histogramMessages as m } from '../../../scripts/histograms/histogram-messages';
import {
  abandonHistogramSet, closeHistogramSet, openHistogramSet, previousOf, stagingOf, writeRunFile,
} from '../../../scripts/histograms/write-histogram-set';
import { HISTOGRAM_REPORT_FORMAT } from '../../../src/contract/histogram-contract';
import { tempFolder } from './qa-fixtures';

const folder = tempFolder('runlens-hist-set-');
const index = buildHistogramIndex([{ run: 7, bytes: 2, histograms: [{ path: 'h', className: 'TH1F', title: '', bytes: 1 }] }]);
const report = { format: HISTOGRAM_REPORT_FORMAT, entries: [] } as const;

async function writeSet(out: string, runs: number[]): Promise<void> {
  const staging = await openHistogramSet(out);
  for (const run of runs) await writeRunFile(staging, run, `{"run":${run}}`);
  await closeHistogramSet(out, staging, index, { ...report, entries: [] });
}

describe('histogram set output', () => {
  it('writes <run>.json and index.json through a staging folder, then replaces the previous set whole', async () => {
    const out = join(folder.dir, 'a', 'hist');
    await writeSet(out, [7, 8]);
    expect(readdirSync(out).sort()).toEqual(['7.json', '8.json', 'index.json', 'report.json']);
    await writeSet(out, [9]);
    expect(readdirSync(out).sort()).toEqual(['9.json', 'index.json', 'report.json']);
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toEqual(index);
    expect([existsSync(stagingOf(out)), existsSync(previousOf(out))]).toEqual([false, false]);
  });

  it('refuses, touching nothing, a folder that is not a histogram set', async () => {
    const out = join(folder.dir, 'b');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    await expect(openHistogramSet(out)).rejects.toThrow(m.outputUnsafe(out));
    writeFileSync(join(folder.dir, 'c'), 'a file');
    await expect(openHistogramSet(join(folder.dir, 'c'))).rejects.toThrow(m.outputUnsafe(join(folder.dir, 'c')));
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('leaves the previous set as it was when a build is abandoned, and puts it back after an interrupted swap', async () => {
    const out = join(folder.dir, 'd');
    await writeSet(out, [1]);
    const staging = await openHistogramSet(out);
    await writeRunFile(staging, 2, '{}');
    await abandonHistogramSet(staging);
    expect(readdirSync(out).sort()).toEqual(['1.json', 'index.json', 'report.json']);
    // A crash between the two renames leaves only out.previous.
    const { renameSync } = await import('node:fs');
    renameSync(out, previousOf(out));
    await openHistogramSet(out);
    expect(readdirSync(out).sort()).toEqual(['1.json', 'index.json', 'report.json']);
  });
});
