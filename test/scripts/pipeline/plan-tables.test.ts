import { describe, expect, it } from 'vitest';
import { joinOnRun } from '../../../scripts/pipeline/join-on-run';
import { planTables, tableName } from '../../../scripts/pipeline/plan-tables';
import { real, sourceTable } from './helpers';

const columns = (n: number) => Array.from({ length: n }, (_, i) => real(`c${i}`, [i]));

describe('planTables', () => {
  it('splits each source\'s columns in order into tables of at most max columns, named runs_<source>_<group>', () => {
    const { table } = joinOnRun([sourceTable('tpc', [1], columns(5)), sourceTable('rct', [1], columns(2)), sourceTable('empty', [1], [])]);
    const plans = planTables(table, 2);
    expect(plans.map((p) => [p.name, p.source.source, p.columns.map((c) => c.name)])).toEqual([
      ['runs_tpc_1', 'tpc', ['tpc.c0', 'tpc.c1']],
      ['runs_tpc_2', 'tpc', ['tpc.c2', 'tpc.c3']],
      ['runs_tpc_3', 'tpc', ['tpc.c4']],
      ['runs_rct_1', 'rct', ['rct.c0', 'rct.c1']],
    ]);
  });

  it('keeps 10,000 columns of one source in 10 tables of 1,000 by default', () => {
    const { table } = joinOnRun([sourceTable('w', [1], columns(10_000))]);
    expect(planTables(table).map((p) => p.columns.length)).toEqual(Array(10).fill(1000));
  });
});

describe('tableName', () => {
  it('cannot give two sources the same name (the group is all digits, after the last underscore)', () => {
    expect([tableName('tpc', 11), tableName('tpc_1', 1), tableName('tpc', 1)]).toEqual(['runs_tpc_11', 'runs_tpc_1_1', 'runs_tpc_1']);
  });
});
