import { describe, expect, it } from 'vitest';
import { caretLine, exprError, formatExprError } from '../../../src/expr/expr-error';

describe('caretLine', () => {
  it('puts carets under [start, end)', () => {
    expect(caretLine({ source: 'tpc.meanMIp > 3', start: 0, end: 11 })).toBe('tpc.meanMIp > 3\n^^^^^^^^^^^');
    expect(caretLine({ source: 'a + b)', start: 5, end: 6 })).toBe('a + b)\n     ^');
  });
  it('shows one caret past the end for an error at the end of the text', () => {
    expect(caretLine({ source: 'a +', start: 3, end: 3 })).toBe('a +\n   ^');
  });
  it('shows only the line holding the error and keeps its tabs in the padding', () => {
    expect(caretLine({ source: 'x > 1 &&\n\ty ? 2', start: 13, end: 14 })).toBe('\ty ? 2\n\t   ^');
    expect(caretLine({ source: 'first\r\nsecond', start: 0, end: 20 })).toBe('first\n^^^^^');
  });
});

describe('exprError and formatExprError', () => {
  it('clamps offsets into the text', () => {
    expect(exprError('syntax', 'm', 'abc', -2, 99)).toEqual({ kind: 'syntax', message: 'm', source: 'abc', start: 0, end: 3 });
    expect(exprError('syntax', 'm', 'abc', 2, 1)).toMatchObject({ start: 2, end: 2 });
  });
  it('formats the message, the alias when there is one, and the carets', () => {
    expect(formatExprError(exprError('type', 'bad', 'a && 1', 5, 6, { alias: 'ratio' }))).toBe('ratio: bad\na && 1\n     ^');
  });
});
