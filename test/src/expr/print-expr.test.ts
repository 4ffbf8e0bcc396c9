import { describe, expect, it } from 'vitest';
import type { Expr } from '../../../src/expr/ast';
import { parse } from '../../../src/expr/parse';
import { printExpr, printName } from '../../../src/expr/print-expr';
import { shapeOf, withoutOffsets } from './expr-shape';

const at = { start: 0, end: 0 };
const col = (name: string): Expr => ({ kind: 'column', name, quoted: false, ...at });
const bin = (op: '+' | '-' | '*' | '<' | '&&' | '||', left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right, opStart: 0, ...at });

describe('printExpr', () => {
  it.each([
    ['a+b*c', 'a + b * c'],
    ['(a+b)*c', '(a + b) * c'],
    ['- ( a )', '-(a)'],
    ['!p&&q||r', '!p && q || r'],
    ['c?a:b?d:e', 'c ? a : b ? d : e'],
    ['min( a ,b,c )', 'min(a, b, c)'],
    ['1.e5+.5', '1.e5 + .5'],
    ['p == "a\\"b"', 'p == "a\\"b"'],
    ['`x y`+`a\\`b`', '`x y` + `a\\`b`'],
  ])('prints %s as %s', (source, printed) => {
    const result = parse(source);
    expect(result.ok && printExpr(result.ast)).toBe(printed);
  });

  it('adds the parentheses a tree built by code needs, and only those', () => {
    expect(printExpr(bin('-', col('a'), bin('-', col('b'), col('c'))))).toBe('a - (b - c)');
    expect(printExpr(bin('-', bin('-', col('a'), col('b')), col('c')))).toBe('a - b - c');
    expect(printExpr(bin('*', bin('+', col('a'), col('b')), col('c')))).toBe('(a + b) * c');
    expect(printExpr(bin('&&', bin('||', col('p'), col('q')), col('r')))).toBe('(p || q) && r');
    expect(printExpr({ kind: 'unary', op: '-', operand: bin('+', col('a'), col('b')), ...at })).toBe('-(a + b)');
    const cond: Expr = { kind: 'conditional', test: col('c'), then: col('a'), otherwise: col('b'), ...at };
    expect(printExpr(bin('+', cond, col('d')))).toBe('(c ? a : b) + d');
    expect(printExpr({ kind: 'conditional', test: cond, then: col('x'), otherwise: col('y'), ...at })).toBe('(c ? a : b) ? x : y');
  });

  it('prints a code-built tree so that it parses back to the same shape', () => {
    const tree = bin('-', col('a'), bin('-', col('b'), bin('*', col('c'), bin('+', col('d'), col('e')))));
    expect(shapeOf(printExpr(tree))).toBe('(- a (group (- b (* c (group (+ d e))))))');
  });

  it('round-trips: parse(printExpr(tree)) is the same tree', () => {
    for (const source of ['a - (b - c) * -d % 2', 'x > 1 ? (y < 2 ? 3 : 4) : 5', 'abs(nsigma(`t.a b`)) > 6 || !isnan(q)', 'rct.period != "LHC\\\\18"']) {
      const first = parse(source);
      if (!first.ok) throw new Error(source);
      const second = parse(printExpr(first.ast));
      expect(second.ok && withoutOffsets(second.ast)).toEqual(withoutOffsets(first.ast));
    }
  });
});

describe('printName', () => {
  it('leaves names of the plain form bare and quotes any other', () => {
    expect(printName('tpc.dcar[1]')).toBe('tpc.dcar[1]');
    expect(printName('src.b.leaf')).toBe('src.b.leaf');
    expect(printName('my var')).toBe('`my var`');
    expect(printName('a.1')).toBe('`a.1`');
    expect(printName('x[a]')).toBe('`x[a]`');
    expect(printName('back`tick\\')).toBe('`back\\`tick\\\\`');
  });
  it('quotes a plain name when asked to keep its quotes', () => {
    expect(printName('abc', true)).toBe('`abc`');
  });
});
