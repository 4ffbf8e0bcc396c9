import { describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { compileExpr } from '../../../src/expr/compile-expr';
import { catalogFromColumns } from '../../../src/expr/column-table';
import { caretLine } from '../../../src/expr/expr-error';
import { parse } from '../../../src/expr/parse';
import { checkExpression } from '../../../src/view/check-expression';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

const meta = (name: string, sqlType: ColumnMeta['sqlType']): ColumnMeta => ({ name, table: 'runs_x_1', source: '', sqlType, rootType: '', title: '', unit: '', exactInBrowser: true });
const columns = [meta('run', 'INTEGER'), meta('tpc.meanMIP', 'REAL'), meta('rct.period', 'TEXT')];
const at = ['rules', 0, 'expression'];

describe('checkExpression', () => {
  it('accepts an expression that parses and fits the data', () => {
    expect(checkExpression('abs(nsigma(tpc.meanMIP)) > 6 && rct.period == "LHC18b"', at, columns)).toEqual([]);
  });

  it('reports a syntax error at the field, with the position and a caret line from the expression language', () => {
    const source = 'tpc.meanMIP > > 6';
    const error = (parse(source) as { ok: false; error: import('../../../src/expr/expr-error').ExprError }).error;
    expect(checkExpression(source, at, columns)).toEqual([
      { kind: 'view-problem', path: '$.rules[0].expression', message: viewMessages.badExpression(error.message, error.start + 1, caretLine(error)) },
    ]);
    // Without the data, the syntax is still checked.
    expect(checkExpression(source, at)).toHaveLength(1);
  });

  it('with the data, reports an unknown column with the closest names as the hint; without it, only the syntax', () => {
    const source = 'tpc.meanMPI > 50';
    const compiled = compileExpr(source, catalogFromColumns(columns));
    expect(compiled.ok).toBe(false);
    const [error] = (compiled as { ok: false; errors: import('../../../src/expr/expr-error').ExprError[] }).errors;
    expect(checkExpression(source, at, columns)).toEqual([
      { kind: 'view-problem', path: '$.rules[0].expression', message: viewMessages.badExpression(error.message, error.start + 1, caretLine(error)), hint: viewHints.didYouMean(error.suggestions!) },
    ]);
    expect(error.suggestions).toContain('tpc.meanMIP');
    expect(checkExpression(source, at)).toEqual([]);
  });
});
