import { describe, expect, it } from 'vitest';
import { prepareView, problemLines } from '../../../src/app/prepare-view';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { viewMessages } from '../../../src/view/view-messages';

const columns: ColumnMeta[] = [
  { name: 'run', table: 'runs', source: '', sqlType: 'INTEGER', rootType: 'key', title: '', unit: '', exactInBrowser: true },
  { name: 'tpc.meanMIP', table: 'runs_tpc_1', source: 'tpc', sqlType: 'REAL', rootType: 'Float_t', title: '', unit: '', exactInBrowser: true },
];

describe('prepareView', () => {
  it('returns the normalised view when it is valid and its columns exist', () => {
    const result = prepareView({ title: 'T', charts: [{ id: 't', kind: 'trend', y: 'tpc.meanMIP' }] }, columns);
    expect(result.problems).toEqual([]);
    expect(result.view?.charts).toEqual([{ id: 't', kind: 'trend', x: 'run', y: 'tpc.meanMIP', title: 'tpc.meanMIP' }]);
  });

  it('returns problems, as path: message lines, for unknown columns', () => {
    const result = prepareView({ charts: [{ id: 't', kind: 'histogram', x: 'tpc.meanMIPX' }] }, columns);
    expect(result.view).toBeUndefined();
    expect(problemLines(result.problems)).toEqual([`$.charts[0].x: ${viewMessages.unknownColumn('tpc.meanMIPX', [])}`]);
  });
});
