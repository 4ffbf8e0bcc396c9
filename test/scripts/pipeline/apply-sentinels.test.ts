import { describe, expect, it } from 'vitest';
import { applySentinels } from '../../../scripts/pipeline/apply-sentinels';
import { big, int, real, sourceTable, text } from './helpers';

describe('applySentinels', () => {
  it('blanks declared values in the numeric columns its globs match, counting per value, and leaves the rest alone', () => {
    const x = [-999, 1.5, -100, -999];
    const n = [3, -999, 4, 5];
    const table = sourceTable('s', [1, 2, 3, 4], [real('dca_x', x), int('n', n), big('b', [-999n, 2n ** 60n, null, 1n]), text('t', ['-999', null, 'a', 'b'])]);
    const { table: out, report } = applySentinels(table, [{ columns: 'dca*', values: [-999, -100] }, { columns: '*', values: [-999] }]);
    const blank = (values: number[], s: number[]) => values.map((v) => (s.includes(v) ? NaN : v));
    expect(out.columns.map((c) => c.values)).toEqual([
      { kind: 'real', data: Float64Array.from(blank(x, [-999, -100])) },
      { kind: 'integer', data: Float64Array.from(blank(n, [-999])) },
      { kind: 'bigint', data: [null, 2n ** 60n, null, 1n] },
      table.columns[3].values,
    ]);
    expect(report).toEqual([
      { kind: 'sentinel', source: 's', column: 'dca_x', count: 3, values: [{ value: -999, count: 2 }, { value: -100, count: 1 }] },
      { kind: 'sentinel', source: 's', column: 'n', count: 1, values: [{ value: -999, count: 1 }] },
      { kind: 'sentinel', source: 's', column: 'b', count: 1, values: [{ value: -999, count: 1 }] },
    ]);
    expect(table.columns[0].values.data[0]).toBe(-999);
  });

  it('returns the table itself without rules', () => {
    const table = sourceTable('s', [1], [int('n', [-999])]);
    expect(applySentinels(table, []).table).toBe(table);
  });
});
