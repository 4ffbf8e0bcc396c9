import { describe, expect, it } from 'vitest';
import { histogramMessages as m } from '../../../scripts/histograms/histogram-messages';
import { readExpectedRuns } from '../../../scripts/histograms/read-expected-runs';
import { tempFolder } from './qa-fixtures';

const folder = tempFolder('runlens-expected-');
const text = (s: string) => new TextEncoder().encode(s);

describe('readExpectedRuns', () => {
  it('reads the run column, skipping cells that are not whole numbers', async () => {
    const file = folder.write('runs.csv', text('period,run\nLHC18b,285002\nLHC18b,\nLHC18c,abc\nLHC18c,285003\n'));
    expect(await readExpectedRuns(file)).toEqual([285002, 285003]);
  });

  it('refuses a file without a run column and a file that cannot be read', async () => {
    const file = folder.write('other.csv', text('period\nLHC18b\n'));
    await expect(readExpectedRuns(file)).rejects.toThrow(m.expectedRunsColumn(file));
    await expect(readExpectedRuns(`${folder.dir}/none.csv`)).rejects.toThrow(/cannot read the expected runs/);
  });
});
