import { describe, expect, it } from 'vitest';
import { joinOnRun } from '../../../scripts/pipeline/join-on-run';
import type { SourceTable } from '../../../scripts/pipeline/source-table';
import type { Column } from '../../../scripts/table/column';
import { big, int, real, text } from './helpers';

function source(name: string, keys: number[], columns: Column[]): SourceTable {
  return { source: name, keys: Float64Array.from(keys), origins: keys.map((_, entry) => ({ file: `${name}.root`, entry })), columns, files: [] };
}

const named = (source: string, column: Column) => ({ ...column, name: `${source}.${column.name}`, source });

describe('joinOnRun', () => {
  it('outer-joins overlapping sources, names columns source.column and reports partial runs', () => {
    const { table, report } = joinOnRun([
      source('tpc', [1, 2, 4], [real('x', [0.1, 0.2, 0.4]), real('dcar[0]', [0, 0, 1])]),
      source('rct', [2, 3, 4], [text('period', ['LHC18b', 'LHC18c', 'LHC18d'])]),
    ]);
    expect(table.runs).toEqual(Float64Array.of(1, 2, 3, 4));
    expect(table.columns).toEqual([
      named('tpc', real('x', [0.1, 0.2, NaN, 0.4])),
      named('tpc', real('dcar[0]', [0, 0, NaN, 1])),
      named('rct', text('period', [null, 'LHC18b', 'LHC18c', 'LHC18d'])),
    ]);
    expect(report).toEqual([
      { kind: 'partial-run', run: 1, presentIn: ['tpc'], missingFrom: ['rct'] },
      { kind: 'partial-run', run: 3, presentIn: ['rct'], missingFrom: ['tpc'] },
    ]);
  });

  it('keeps every run of disjoint sources, each partial', () => {
    const { table, report } = joinOnRun([source('a', [10, 30], [int('n', [1, 3])]), source('b', [20], [big('m', [2n ** 62n])])]);
    expect(table.runs).toEqual(Float64Array.of(10, 20, 30));
    expect(table.columns).toEqual([named('a', int('n', [1, NaN, 3])), named('b', big('m', [null, 2n ** 62n, null]))]);
    expect(report.map((e) => e.kind === 'partial-run' && [e.run, e.presentIn, e.missingFrom])).toEqual([
      [10, ['a'], ['b']],
      [20, ['b'], ['a']],
      [30, ['a'], ['b']],
    ]);
  });

  it('lists all missing sources of a run present in one of three', () => {
    const { report } = joinOnRun([source('a', [1, 2], []), source('b', [1], []), source('c', [1], [])]);
    expect(report).toEqual([{ kind: 'partial-run', run: 2, presentIn: ['a'], missingFrom: ['b', 'c'] }]);
  });

  it('reports nothing for a single source, sorting its runs', () => {
    const { table, report } = joinOnRun([source('a', [3, 1], [real('x', [3, 1])])]);
    expect(table.runs).toEqual(Float64Array.of(1, 3));
    expect(table.columns[0].values).toEqual({ kind: 'real', data: Float64Array.of(1, 3) });
    expect(report).toEqual([]);
  });

  it('gives an empty table for empty sources', () => {
    expect(joinOnRun([source('a', [], [real('x', [])])])).toEqual({ table: { runs: new Float64Array(0), columns: [named('a', real('x', []))] }, report: [] });
  });
});
