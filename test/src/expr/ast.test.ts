import { describe, expect, it } from 'vitest';
import { BINARY_PRECEDENCE, COMPARISON_OPS, isComparisonOp, isLogicalOp, unwrapGroups } from '../../../src/expr/ast';
import { parse } from '../../../src/expr/parse';

describe('ast helpers', () => {
  it('classifies operators', () => {
    expect(Object.keys(BINARY_PRECEDENCE).filter((op) => isComparisonOp(op as never))).toEqual([...COMPARISON_OPS].sort((a, b) => Object.keys(BINARY_PRECEDENCE).indexOf(a) - Object.keys(BINARY_PRECEDENCE).indexOf(b)));
    expect(isLogicalOp('&&') && isLogicalOp('||') && !isLogicalOp('==')).toBe(true);
  });
  it('unwrapGroups removes every level of parentheses', () => {
    const parsed = parse('((a))');
    expect(parsed.ok && unwrapGroups(parsed.ast)).toMatchObject({ kind: 'column', name: 'a' });
  });
});
