import { describe, expect, it } from 'vitest';
import { columnMeta } from '../../../scripts/pipeline/column-meta';
import { joinOnRun } from '../../../scripts/pipeline/join-on-run';
import { planTables } from '../../../scripts/pipeline/plan-tables';
import { big, int, real, sourceTable, text } from './helpers';

const titled = <T extends { title: string; unit: string }>(c: T): T => ({ ...c, title: 'T', unit: 'cm' });

describe('columnMeta', () => {
  it('puts run first (table runs), maps kinds to SQL types, names each column\'s table and marks bigint columns beyond 2^53 inexact', () => {
    const { table } = joinOnRun([
      sourceTable('a', [1, 2], [real('x', [1, 2]), int('n', [1, 2]), text('t', ['p', null])].map(titled)),
      sourceTable('b', [1, 2], [big('wide', [2n ** 53n + 1n, null]), big('narrow', [-(2n ** 53n), null])].map(titled)),
    ]);
    expect(columnMeta(planTables(table, 2))).toEqual([
      { name: 'run', table: 'runs', source: '', sqlType: 'INTEGER', rootType: 'key', title: '', unit: '', exactInBrowser: true },
      { name: 'a.x', table: 'runs_a_1', source: 'a', sqlType: 'REAL', rootType: 'Double_t', title: 'T', unit: 'cm', exactInBrowser: true },
      { name: 'a.n', table: 'runs_a_1', source: 'a', sqlType: 'INTEGER', rootType: 'Int_t', title: 'T', unit: 'cm', exactInBrowser: true },
      { name: 'a.t', table: 'runs_a_2', source: 'a', sqlType: 'TEXT', rootType: 'char*', title: 'T', unit: 'cm', exactInBrowser: true },
      { name: 'b.wide', table: 'runs_b_1', source: 'b', sqlType: 'INTEGER', rootType: 'Long64_t', title: 'T', unit: 'cm', exactInBrowser: false },
      { name: 'b.narrow', table: 'runs_b_1', source: 'b', sqlType: 'INTEGER', rootType: 'Long64_t', title: 'T', unit: 'cm', exactInBrowser: true },
    ]);
  });
});
