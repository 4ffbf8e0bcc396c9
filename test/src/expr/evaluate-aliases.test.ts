import { describe, expect, it } from 'vitest';
import { catalogFromTable } from '../../../src/expr/column-table';
import { compileAliases } from '../../../src/expr/compile-aliases';
import { evaluateAliases } from '../../../src/expr/evaluate-aliases';
import { exprMessages } from '../../../src/expr/expr-messages';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import { fixtureTable, sameNumbers, X, Y } from './eval-fixture';

describe('evaluateAliases', () => {
  it('computes aliases in dependency order into a new table, numbers and conditions apart', () => {
    const table = fixtureTable();
    const program = compileAliases([
      { name: 'big', expression: 'sum > 3' },
      { name: 'sum', expression: 'x + y' },
      { name: 'z', expression: 'big ? nsigma(sum) : -1' },
    ], catalogFromTable(table));
    const { table: out, errors } = evaluateAliases(program, table);
    expect(errors).toEqual([]);
    const sum = X.map((a, i) => a + Y[i]);
    expect(sameNumbers(out.numbers.get('sum')!.values, sum)).toBe(true);
    expect([...out.conditions!.get('big')!.values]).toEqual(sum.map((s) => (Number.isNaN(s) ? NO_DATA : s > 3 ? TRUE : FALSE)));
    expect(out.numbers.get('z')!.values.length).toBe(X.length);
    expect(table.numbers.has('sum')).toBe(false);
    expect(out.numbers.get('x')).toBe(table.numbers.get('x'));
  });
  it('reports a column the caller did not load with the alias name, and leaves that alias out', () => {
    const table = fixtureTable();
    const program = compileAliases([{ name: 'double', expression: 'y * 2' }, { name: 'ok', expression: 'x + 1' }], catalogFromTable(table));
    const { table: out, errors } = evaluateAliases(program, { ...table, numbers: new Map([['x', table.numbers.get('x')!]]) });
    expect(errors).toEqual([{ kind: 'unread-column', message: exprMessages.unreadColumn('y'), source: 'y * 2', start: 0, end: 1, alias: 'double' }]);
    expect([...out.numbers.keys()]).toEqual(['x', 'ok']);
  });
  it('passes warnings on with the alias name', () => {
    const table = fixtureTable();
    const program = compileAliases([{ name: 'p', expression: 'rct.period == "LHC18x"' }], catalogFromTable(table));
    expect(evaluateAliases(program, table).warnings).toMatchObject([{ kind: 'unknown-value', alias: 'p' }]);
  });
});
