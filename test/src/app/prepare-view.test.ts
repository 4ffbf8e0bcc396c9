import { describe, expect, it } from 'vitest';
import { prepareView, problemLines } from '../../../src/app/prepare-view';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

const columns: ColumnMeta[] = [
  { name: 'run', table: 'runs', source: '', sqlType: 'INTEGER', rootType: 'key', title: '', unit: '', exactInBrowser: true },
  { name: 'tpc.meanMIP', table: 'runs_tpc_1', source: 'tpc', sqlType: 'REAL', rootType: 'Float_t', title: '', unit: '', exactInBrowser: true },
];
const text = (json: object) => JSON.stringify({ $schema: './view.schema.json', ...json });

describe('prepareView', () => {
  it('returns the normalised view when it is valid and its columns exist', () => {
    const result = prepareView(text({ title: 'T', charts: [{ id: 't', kind: 'trend', y: 'tpc.meanMIP' }] }), columns);
    expect(result.problems).toEqual([]);
    expect(result.view?.charts).toEqual([{ id: 't', kind: 'trend', x: 'run', y: 'tpc.meanMIP', yAxis: { k: 6, scale: 'linear' }, title: 'tpc.meanMIP' }]);
  });

  it('returns problems, as path: message — hint lines, for unknown columns', () => {
    const result = prepareView(text({ charts: [{ id: 't', kind: 'histogram', x: 'tpc.meanMIPX' }] }), columns);
    expect(result.view).toBeUndefined();
    expect(problemLines(result.problems)).toEqual([`$.charts[0].x: ${viewMessages.unknownColumn('tpc.meanMIPX')} — ${viewHints.didYouMean(['tpc.meanMIP'])}`]);
  });

  it('caps the lines and counts the rest', () => {
    const charts = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, kind: 'row', x: `nope${i}` }));
    const lines = problemLines(prepareView(text({ charts }), columns).problems, 3);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(viewMessages.moreProblems(2));
  });
});
