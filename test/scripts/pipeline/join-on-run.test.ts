import { describe, expect, it } from 'vitest';
import { joinedColumns } from '../../../scripts/pipeline/joined-table';
import { joinOnRun } from '../../../scripts/pipeline/join-on-run';
import type { Column } from '../../../scripts/table/column';
import { big, int, real, sourceTable as source, text } from './helpers';

const named = (source: string, column: Column) => ({ ...column, name: `${source}.${column.name}`, source });

describe('joinOnRun', () => {
  it('outer-joins overlapping sources, keeping each source at its own rows, and reports partial runs', () => {
    const x = real('x', [0.1, 0.2, 0.4]);
    const period = text('period', ['LHC18b', 'LHC18c', 'LHC18d']);
    const { table, report } = joinOnRun([source('tpc', [1, 2, 4], [x, real('dcar[0]', [0, 0, 1])]), source('rct', [2, 3, 4], [period])]);
    expect(table.runs).toEqual(Float64Array.of(1, 2, 3, 4));
    expect(table.sources.map((s) => [s.source, Array.from(s.runs), Array.from(s.rowOf)])).toEqual([
      ['tpc', [1, 2, 4], [0, 1, -1, 2]],
      ['rct', [2, 3, 4], [-1, 0, 1, 2]],
    ]);
    expect(joinedColumns(table)).toEqual([named('tpc', x), named('tpc', real('dcar[0]', [0, 0, 1])), named('rct', period)]);
    // No copy: the joined column holds the source's own array.
    expect(joinedColumns(table)[0].values.data).toBe(x.values.data);
    expect(report).toEqual([
      { kind: 'partial-run', run: 1, presentIn: ['tpc'], missingFrom: ['rct'] },
      { kind: 'partial-run', run: 3, presentIn: ['rct'], missingFrom: ['tpc'] },
    ]);
  });

  it('keeps every run of disjoint sources, each partial', () => {
    const { table, report } = joinOnRun([source('a', [10, 30], [int('n', [1, 3])]), source('b', [20], [big('m', [2n ** 62n])])]);
    expect(table.runs).toEqual(Float64Array.of(10, 20, 30));
    expect(table.sources.map((s) => Array.from(s.rowOf))).toEqual([[0, -1, 1], [-1, 0, -1]]);
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

  it('reports nothing for a single source and uses its runs as the joined runs', () => {
    const { table, report } = joinOnRun([source('a', [1, 3], [real('x', [1, 3])])]);
    expect([table.runs, Array.from(table.sources[0].rowOf), report]).toEqual([Float64Array.of(1, 3), [0, 1], []]);
  });

  it('refuses runs that are not unique and ascending (resolveRepeatedRuns makes them so)', () => {
    expect(() => joinOnRun([source('a', [3, 1], [])])).toThrow('joinOnRun: the runs of source "a" are not unique and ascending');
  });

  it('gives an empty table for empty sources', () => {
    const { table, report } = joinOnRun([source('a', [], [real('x', [])]), source('b', [], [])]);
    expect([table.runs, report, joinedColumns(table).map((c) => c.name)]).toEqual([new Float64Array(0), [], ['a.x']]);
  });
});
