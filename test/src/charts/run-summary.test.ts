import { describe, expect, it } from 'vitest';
import { PERIOD_COLUMN, runSummaryLines, summaryCategories, summarySentence } from '../../../src/charts/run-summary';
import type { ColumnMeta } from '../../../src/contract/data-contract';

const meta = (name: string, title: string, unit: string): ColumnMeta => ({ name, table: 'runs_tpc_1', source: 'tpc', sqlType: 'REAL', rootType: 'Float_t', title, unit, exactInBrowser: true });
const columns = new Map([
  ['tpc.meanMIP', meta('tpc.meanMIP', 'mean dE/dx of MIP pions', '')],
  ['tpc.vertZ', meta('tpc.vertZ', 'tpc.vertZ', 'cm')],
]);

describe('runSummaryLines', () => {
  it('lists the run, categories, values with title and unit, exactly', () => {
    const lines = runSummaryLines({
      run: 286269,
      categories: [{ name: 'rct.period', value: 'LHC18c' }],
      values: [{ name: 'tpc.meanMIP', value: 55.933841705322266 }, { name: 'tpc.vertZ', value: -0 }],
      columns,
    });
    expect(lines).toEqual([
      { text: 'run 286269' },
      { text: 'rct.period: LHC18c' },
      { text: 'tpc.meanMIP (mean dE/dx of MIP pions): 55.933841705322266' },
      { text: 'tpc.vertZ: 0 cm' },
    ]);
  });

  it('marks missing values and categories, without a unit, and adds status and findings when described', () => {
    const lines = runSummaryLines({
      run: 1,
      categories: [{ name: 'rct.period', value: null }],
      values: [{ name: 'tpc.vertZ', value: NaN }, { name: 'tpc.unknown', value: 2 }],
      columns,
      description: { status: 'Outlier', findings: ['tpc.meanMIP_Outlier', 'tpc.vertZ_Warning'] },
    });
    expect(lines).toEqual([
      { text: 'run 1' },
      { text: 'rct.period: missing', missing: true },
      { text: 'tpc.vertZ: missing', missing: true },
      { text: 'tpc.unknown: 2' },
      { text: 'status: Outlier' },
      { text: '· tpc.meanMIP_Outlier' },
      { text: '· tpc.vertZ_Warning' },
    ]);
    expect(summarySentence(lines.slice(0, 2))).toBe('run 1; rct.period: missing');
  });
});

describe('summaryCategories', () => {
  it('puts the period first, keeps the others in order and leaves out run', () => {
    expect(summaryCategories(['rct.beamType', 'run', PERIOD_COLUMN, 'rct.quality'])).toEqual([PERIOD_COLUMN, 'rct.beamType', 'rct.quality']);
    expect(summaryCategories(['rct.beamType'])).toEqual(['rct.beamType']);
    expect(summaryCategories([])).toEqual([]);
  });
});
