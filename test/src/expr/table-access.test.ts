import { describe, expect, it } from 'vitest';
import { exprMessages as msg } from '../../../src/expr/expr-messages';
import { NO_DATA } from '../../../src/expr/logic';
import { missingColumns, textEquals } from '../../../src/expr/table-access';
import { compileFor, fixtureTable } from './eval-fixture';

describe('missingColumns', () => {
  it('names each absent column, condition or text column once, at its first use', () => {
    const table = fixtureTable();
    const compiled = compileFor('x > 1 && flag && rct.period == "LHC18b" && x < 2', table);
    const errors = missingColumns(compiled, { size: table.size, numbers: new Map(), categories: new Map() });
    expect(errors.map((e) => [e.message, e.start, e.end])).toEqual([
      [msg.unreadColumn('x'), 0, 1], [msg.unreadColumn('flag'), 9, 13], [msg.unreadColumn('rct.period'), 17, 39],
    ]);
  });
});

describe('textEquals', () => {
  it('treats codes past the dictionary as missing', () => {
    const table = { size: 3, numbers: new Map(), categories: new Map([['p', { codes: Uint32Array.from([0, 7, 1]), dictionary: ['a', 'b'] }]]) };
    const plan = { type: 'boolean', op: 'text-equals', column: 'p', value: 'b', negate: false, node: { kind: 'column', name: 'p', quoted: false, start: 0, end: 1 } } as const;
    const warnings: never[] = [];
    expect([...textEquals(plan, table, 'p == "b"', warnings)]).toEqual([0, NO_DATA, 1]);
    expect(warnings).toEqual([]);
  });
});
