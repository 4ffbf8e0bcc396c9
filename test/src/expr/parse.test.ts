import { describe, expect, it } from 'vitest';
import { exprMessages as msg } from '../../../src/expr/expr-messages';
import { MAX_DEPTH, MAX_SOURCE_LENGTH } from '../../../src/expr/limits';
import { parse } from '../../../src/expr/parse';
import { shapeOf } from './expr-shape';

function parseError(source: string) {
  const result = parse(source);
  if (result.ok) throw new Error(`parsed: ${source}`);
  return result.error;
}

describe('parse: every construct', () => {
  it.each([
    ['42', '42'],
    ['1.5e-3', '1.5e-3'],
    ['"LHC18b"', '"LHC18b"'],
    ['tpc.meanMIP', 'tpc.meanMIP'],
    ['tpc.dcar[3]', 'tpc.dcar[3]'],
    ['src.m[1][2]', 'src.m[1][2]'],
    ['src.branch.leaf', 'src.branch.leaf'],
    ['`weird name`', '`weird name`'],
    ['-x', '(- x)'],
    ['!c', '(! c)'],
    ['a + b', '(+ a b)'], ['a - b', '(- a b)'], ['a * b', '(* a b)'], ['a / b', '(/ a b)'], ['a % b', '(% a b)'],
    ['a < b', '(< a b)'], ['a <= b', '(<= a b)'], ['a > b', '(> a b)'], ['a >= b', '(>= a b)'], ['a == b', '(== a b)'], ['a != b', '(!= a b)'],
    ['p && q', '(&& p q)'], ['p || q', '(|| p q)'],
    ['c ? a : b', '(? c a b)'],
    ['(a)', '(group a)'],
    ['abs(x)', '(abs() x)'],
    ['min(a, b, c)', '(min() a b c)'],
    ['f()', '(f())'],
    ['nsigma(tpc.meanMIP)', '(nsigma() tpc.meanMIP)'],
    ['rct.period == "LHC18b"', '(== rct.period "LHC18b")'],
  ])('%s → %s', (source, expected) => {
    expect(shapeOf(source)).toBe(expected);
  });

  it('records offsets of every node, the operator and the function name', () => {
    const result = parse(' abs(x) >= 3');
    expect(result).toMatchObject({
      ok: true,
      ast: { kind: 'binary', op: '>=', start: 1, end: 12, opStart: 8, left: { kind: 'call', start: 1, end: 7, nameEnd: 4, args: [{ start: 5, end: 6 }] }, right: { start: 11, end: 12 } },
    });
  });
  it('a group spans its parentheses and a binary over it starts at "("', () => {
    expect(parse('(a + b) * c')).toMatchObject({ ok: true, ast: { start: 0, end: 11, left: { kind: 'group', start: 0, end: 7, inner: { start: 1, end: 6 } } } });
  });
});

describe('parse: precedence (loosest first: ?:, ||, &&, == !=, < <= > >=, + -, * / %, unary)', () => {
  it.each([
    ['a + b * c', '(+ a (* b c))'],
    ['a * b + c', '(+ (* a b) c)'],
    ['a % b - c / d', '(- (% a b) (/ c d))'],
    ['-a * b', '(* (- a) b)'],
    ['-a + -b', '(+ (- a) (- b))'],
    ['!p && q', '(&& (! p) q)'],
    ['a + b < c * d', '(< (+ a b) (* c d))'],
    ['a < b == c > d', '(== (< a b) (> c d))'],
    ['p || q && r', '(|| p (&& q r))'],
    ['p && q || r', '(|| (&& p q) r)'],
    ['a == b && c != d', '(&& (== a b) (!= c d))'],
    ['p || q ? a : b', '(? (|| p q) a b)'],
    ['c ? a + 1 : b * 2', '(? c (+ a 1) (* b 2))'],
    ['(a + b) * c', '(* (group (+ a b)) c)'],
    ['-(a + b)', '(- (group (+ a b)))'],
    ['abs(a - b) > 3 * rms(x)', '(> (abs() (- a b)) (* 3 (rms() x)))'],
  ])('%s → %s', (source, expected) => {
    expect(shapeOf(source)).toBe(expected);
  });
});

describe('parse: associativity', () => {
  it.each([
    ['a - b - c', '(- (- a b) c)'],
    ['a / b / c', '(/ (/ a b) c)'],
    ['a % b % c', '(% (% a b) c)'],
    ['a - b + c', '(+ (- a b) c)'],
    ['a * b / c', '(/ (* a b) c)'],
    ['p || q || r', '(|| (|| p q) r)'],
    ['p && q && r', '(&& (&& p q) r)'],
    ['a < b < c', '(< (< a b) c)'],
    ['a == b != c', '(!= (== a b) c)'],
    ['--a', '(- (- a))'],
    ['!!p', '(! (! p))'],
    ['!-a', '(! (- a))'],
    ['a ? b : c ? d : e', '(? a b (? c d e))'],
    ['a ? b ? c : d : e', '(? a (? b c d) e)'],
    ['a - -b', '(- a (- b))'],
  ])('%s → %s', (source, expected) => {
    expect(shapeOf(source)).toBe(expected);
  });
});

describe('parse: syntax errors with their position', () => {
  it.each([
    ['', msg.empty(), 0, 0],
    ['   ', msg.empty(), 0, 3],
    ['a +', msg.expectedOperand(msg.endOfInput()), 3, 3],
    ['* a', msg.expectedOperand('"*"'), 0, 1],
    ['a b', msg.trailing('"b"'), 2, 3],
    ['a + b)', msg.trailing('")"'), 5, 6],
    ['(a + b', msg.expectedClose(0, msg.endOfInput()), 6, 6],
    ['x * (a + b c', msg.expectedClose(4, '"c"'), 11, 12],
    ['abs(x', msg.expectedClose(3, msg.endOfInput()), 5, 5],
    ['min(a,)', msg.expectedArgument('")"'), 6, 7],
    ['min(, a)', msg.expectedArgument('","'), 4, 5],
    ['c ? a', msg.expectedColon(msg.endOfInput()), 5, 5],
    ['c ? a b', msg.expectedColon('"b"'), 6, 7],
    ['()', msg.expectedOperand('")"'), 1, 2],
    ['`abs`(x)', msg.trailing('"("'), 5, 6],
    ['a = b', msg.singleEquals(), 2, 3],
  ])('%j: %s at [%i, %i)', (source, message, start, end) => {
    expect(parseError(source)).toEqual({ kind: 'syntax', message, source, start, end });
  });
});

describe('parse: limits', () => {
  it(`refuses text longer than ${MAX_SOURCE_LENGTH} characters as too-long, before reading it`, () => {
    const source = 'a + '.repeat(MAX_SOURCE_LENGTH);
    expect(parseError(source)).toMatchObject({ kind: 'too-long', message: msg.tooLong(MAX_SOURCE_LENGTH, source.length), start: MAX_SOURCE_LENGTH, end: source.length });
  });
  it(`accepts ${MAX_DEPTH - 1} nested parentheses and refuses deeper nesting as too-deep`, () => {
    expect(parse(`${'('.repeat(MAX_DEPTH - 1)}a${')'.repeat(MAX_DEPTH - 1)}`).ok).toBe(true);
    const deep = `${'('.repeat(4000)}a${')'.repeat(4000)}`;
    expect(parseError(deep)).toMatchObject({ kind: 'too-deep', message: msg.tooDeep(MAX_DEPTH), start: MAX_DEPTH, end: MAX_DEPTH + 1 });
  });
  it('refuses a long operator chain as too-deep (each operator is a level)', () => {
    const chain = Array.from({ length: MAX_DEPTH + 10 }, (_, i) => `a${i}`).join(' + ');
    expect(parseError(chain)).toMatchObject({ kind: 'too-deep' });
    expect(parse(Array.from({ length: 100 }, (_, i) => `a${i} > 1`).join(' || ')).ok).toBe(true);
  });
  it('refuses deep unary, call and conditional nesting', () => {
    expect(parseError('-'.repeat(4000) + 'a')).toMatchObject({ kind: 'too-deep' });
    expect(parseError('abs('.repeat(1500) + 'a' + ')'.repeat(1500))).toMatchObject({ kind: 'too-deep' });
    expect(parseError('c ? '.repeat(1200) + 'a' + ' : b'.repeat(1200))).toMatchObject({ kind: 'too-deep' });
  });
});
