import { describe, expect, it } from 'vitest';
import { exprMessages as msg } from '../../../src/expr/expr-messages';
import { tokenize, type Token } from '../../../src/expr/tokenize';

function tokens(source: string): Token[] {
  const result = tokenize(source);
  if (!result.ok) throw new Error(`did not tokenize: ${result.error.message}`);
  return result.tokens;
}

function lexError(source: string) {
  const result = tokenize(source);
  if (result.ok) throw new Error(`tokenized: ${source}`);
  return result.error;
}

describe('tokenize: numbers', () => {
  it.each([
    ['42', 42], ['1.5', 1.5], ['.5', 0.5], ['1.', 1], ['1e-6', 1e-6], ['2.5E+3', 2500], ['7e2', 700], ['0.000', 0], ['1e999', Infinity],
  ])('reads %s as %d, keeping the raw text', (raw, value) => {
    expect(tokens(raw)[0]).toEqual({ kind: 'number', value, raw, start: 0, end: raw.length });
  });
  it('refuses an exponent without digits, spanning the number', () => {
    expect(lexError('x + 1e+ 2')).toMatchObject({ kind: 'syntax', message: msg.exponentDigits('1e+'), start: 4, end: 7 });
  });
  it('refuses letters or a second dot stuck to a number', () => {
    expect(lexError('3abc')).toMatchObject({ kind: 'syntax', message: msg.malformedNumber('3abc'), start: 0, end: 4 });
    expect(lexError('a > 1.2.3')).toMatchObject({ message: msg.malformedNumber('1.2.3'), start: 4, end: 9 });
  });
});

describe('tokenize: names', () => {
  it.each(['run', 'tpc.meanMIP', 'tpc.dcar[2]', 'src.branch[1][0]', 'src.branch.leaf', 'evs.triggerRate[0].x', '_a9.b_'])('reads %s as one name', (name) => {
    expect(tokens(name)).toEqual([
      { kind: 'name', value: name, quoted: false, start: 0, end: name.length },
      { kind: 'end', start: name.length, end: name.length },
    ]);
  });
  it('stops a name at a space, an operator, or a bracket without digits', () => {
    expect(tokens('tpc.a [1]'.slice(0, 5)).map((t) => t.kind)).toEqual(['name', 'end']);
    expect(tokens('a.b+c').map((t) => ('value' in t ? t.value : t.kind))).toEqual(['a.b', '+', 'c', 'end']);
    expect(lexError('a[x]')).toMatchObject({ message: msg.bracketOutsideName(), start: 1, end: 2 });
  });
  it('reads a backtick-quoted name with \\` and \\\\ escapes', () => {
    const source = '`odd \\`name\\\\ [1] + 2`';
    expect(tokens(source)[0]).toEqual({ kind: 'name', value: 'odd `name\\ [1] + 2', quoted: true, start: 0, end: source.length });
  });
  it('refuses an unterminated, empty or badly escaped quoted name', () => {
    expect(lexError('x + `abc')).toMatchObject({ kind: 'syntax', message: msg.unterminatedName(), start: 4, end: 8 });
    expect(lexError('``')).toMatchObject({ message: msg.emptyName(), start: 0, end: 2 });
    expect(lexError('`a\\nb`')).toMatchObject({ message: msg.badNameEscape('\\n'), start: 2, end: 4 });
  });
});

describe('tokenize: strings', () => {
  it('reads a double-quoted string with \\" and \\\\ escapes', () => {
    expect(tokens('"LHC\\"18\\\\b"')[0]).toEqual({ kind: 'string', value: 'LHC"18\\b', start: 0, end: 12 });
  });
  it('refuses an unterminated string and unknown escapes', () => {
    expect(lexError('p == "LHC')).toMatchObject({ message: msg.unterminatedString(), start: 5, end: 9 });
    expect(lexError('"a\\tb"')).toMatchObject({ message: msg.badStringEscape('\\t'), start: 2, end: 4 });
  });
  it('tells single quotes apart', () => {
    expect(lexError("p == 'LHC18b'")).toMatchObject({ message: msg.singleQuote(), start: 5, end: 6 });
  });
});

describe('tokenize: operators', () => {
  it('reads every operator, two-character ones as one token', () => {
    const source = '<= >= == != && || + - * / % ! < > ? : ( ) ,';
    const ops = tokens(source).filter((t) => t.kind === 'op').map((t) => ('value' in t ? t.value : ''));
    expect(ops).toEqual(source.split(' '));
  });
  it('reads operators without spaces: a<=-b', () => {
    expect(tokens('a<=-b').map((t) => ('value' in t ? t.value : t.kind))).toEqual(['a', '<=', '-', 'b', 'end']);
  });
  it.each([
    ['a = 1', msg.singleEquals(), 2], ['a & b', msg.singleAmpersand(), 2], ['a | b', msg.singleBar(), 2], ['a ^ 2', msg.caret(), 2],
    ['a # b', msg.unexpectedCharacter('#'), 2], ['a ; b', msg.unexpectedCharacter(';'), 2], ['a ] b', msg.bracketOutsideName(), 2],
  ])('refuses %s with a hint at its offset', (source, message, at) => {
    expect(lexError(source)).toMatchObject({ kind: 'syntax', message, start: at, end: at + 1 });
  });
  it('names a non-BMP character whole', () => {
    expect(lexError('a 😀 b')).toMatchObject({ message: msg.unexpectedCharacter('😀'), start: 2, end: 4 });
  });
  it('skips spaces, tabs and newlines and ends with an end token at the length', () => {
    expect(tokens(' \t\n a \r\n')).toEqual([
      { kind: 'name', value: 'a', quoted: false, start: 4, end: 5 },
      { kind: 'end', start: 8, end: 8 },
    ]);
  });
});
