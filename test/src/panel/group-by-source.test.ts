import { describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { groupBySource } from '../../../src/panel/group-by-source';

const column = (name: string, source: string): ColumnMeta => ({ name, table: `runs_${source}_1`, source, sqlType: 'REAL', rootType: 'Float_t', title: '', unit: '', exactInBrowser: true });

describe('groupBySource', () => {
  it('groups the data columns by source in the sources order, leaving out run and empty sources', () => {
    const columns = [column('run', ''), column('tpc.a', 'tpc'), column('rct.period', 'rct'), column('tpc.b', 'tpc')];
    expect(groupBySource(columns, ['evs', 'tpc', 'rct'])).toEqual([
      { source: 'tpc', columns: [columns[1], columns[3]] },
      { source: 'rct', columns: [columns[2]] },
    ]);
  });

  it('puts sources the list lacks last, named by the column prefix when the column has no source', () => {
    const columns = [column('x.a', ''), column('tpc.a', 'tpc'), column('extra.b', 'extra')];
    expect(groupBySource(columns, ['tpc']).map((group) => [group.source, group.columns.map((c) => c.name)])).toEqual([
      ['tpc', ['tpc.a']],
      ['x', ['x.a']],
      ['extra', ['extra.b']],
    ]);
  });
});
