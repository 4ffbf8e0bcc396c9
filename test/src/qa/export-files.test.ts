import { describe, expect, it } from 'vitest';
import { spreadsheetSafe as buildSafe } from '../../../scripts/pipeline/write-csv';
import { csvField, exportName, goodRunsByPeriod, numberCell, runListText, selectionCsv, spreadsheetSafe } from '../../../src/qa/export-files';

describe('spreadsheetSafe', () => {
  it('agrees with the build CSV on formula starts, plain numbers and ordinary text', () => {
    const cases = ['=SUM(A1)', '+1', '-5', '+1.5e3', '-x', '@user', '\tx', '\rx', '＝1', '＋x', '－x', '＠x', 'LHC18b', '', '1e5', '-.5', "'quoted", 'a=b'];
    expect(cases.map(spreadsheetSafe)).toEqual(cases.map(buildSafe));
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
  });
});

describe('selectionCsv', () => {
  it('writes a header and one line per row; text made safe and quoted where needed, missing cells empty', () => {
    const text = ['LHC18b', '=cmd', 'a,b', ' pad', null];
    const csv = selectionCsv(Uint32Array.from([0, 1, 2, 3, 4]), [
      { name: 'run', cell: (row) => numberCell([1, 2, 3, 4, 5][row]) },
      { name: 'rct.period', cell: (row) => text[row] ?? '' },
      { name: 'x', cell: (row) => numberCell([0.1, NaN, -0, Infinity, 2e-7][row]) },
    ], new Set(['rct.period']));
    expect(csv).toBe('run,rct.period,x\n1,LHC18b,0.1\n2,\'=cmd,\n3,"a,b",0\n4," pad",Infinity\n5,,2e-7\n');
  });

  it('quotes a header with a comma, and writes only the header for no rows', () => {
    expect(selectionCsv(new Uint32Array(0), [{ name: 'a,b', cell: () => '' }], new Set())).toBe('"a,b"\n');
    expect(csvField('say "hi"', true)).toBe('"say ""hi"""');
  });
});

describe('runListText, goodRunsByPeriod, exportName', () => {
  it('lists one run per line, nothing for no runs', () => {
    expect(runListText([285008, 285009])).toBe('285008\n285009\n');
    expect(runListText([])).toBe('');
  });

  it('groups runs by period in run order, a run without a period under ""', () => {
    expect(goodRunsByPeriod([{ run: 3, period: 'B' }, { run: 1, period: 'A' }, { run: 2, period: null }, { run: 4, period: 'A' }])).toEqual({ A: [1, 4], '': [2], B: [3] });
    expect(Object.keys(goodRunsByPeriod([{ run: 3, period: 'B' }, { run: 1, period: 'A' }]))).toEqual(['A', 'B']);
  });

  it('names a file <view>-<what>-<YYYY-MM-DD>.<ext> with the local date', () => {
    expect(exportName('tpc-overview', 'runs', new Date(2026, 0, 5, 23, 59), 'txt')).toBe('tpc-overview-runs-2026-01-05.txt');
  });
});
