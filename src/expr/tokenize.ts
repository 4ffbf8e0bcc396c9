import { exprError, type ExprError } from './expr-error';
import { exprMessages as msg } from './expr-messages';

/** Operators and punctuation, two-character ones first so they win over their prefixes. */
const OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '%', '!', '<', '>', '?', ':', '(', ')', ','] as const;
export type OperatorText = (typeof OPERATORS)[number];

export type Token =
  | { kind: 'number'; value: number; raw: string; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  /** A column name (`quoted`: written in backticks) or, before "(", a function name. */
  | { kind: 'name'; value: string; quoted: boolean; start: number; end: number }
  | { kind: 'op'; value: OperatorText; start: number; end: number }
  | { kind: 'end'; start: number; end: number };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string) => isIdentStart(c) || isDigit(c);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Hints for characters that are not operators but look like one. */
const MISTAKES: Readonly<Record<string, () => string>> = {
  '=': msg.singleEquals,
  '&': msg.singleAmpersand,
  '|': msg.singleBar,
  '^': msg.caret,
  "'": msg.singleQuote,
  '[': msg.bracketOutsideName,
  ']': msg.bracketOutsideName,
};

/**
 * Splits an expression into tokens, ending with an 'end' token, or returns the
 * first lexical error. Names: `ident(.ident | [digits])*` with no spaces
 * inside (`tpc.meanMIP`, `tpc.dcar[2]`, `src.br[1][0]`, `src.branch.leaf`), or
 * any text in backticks with \` and \\ as the only escapes.
 */
export function tokenize(source: string): { ok: true; tokens: Token[] } | { ok: false; error: ExprError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const read = isDigit(c) || (c === '.' && isDigit(source[i + 1] ?? '')) ? readNumber(source, i)
      : isIdentStart(c) ? readName(source, i)
      : c === '`' ? readQuoted(source, i, '`')
      : c === '"' ? readQuoted(source, i, '"')
      : readOperator(source, i);
    if ('error' in read) return { ok: false, error: read.error };
    tokens.push(read.token);
    i = read.token.end;
  }
  tokens.push({ kind: 'end', start: source.length, end: source.length });
  return { ok: true, tokens };
}

type Read = { token: Token } | { error: ExprError };

function readNumber(source: string, start: number): Read {
  let i = start;
  while (isDigit(source[i] ?? '')) i++;
  if (source[i] === '.') {
    i++;
    while (isDigit(source[i] ?? '')) i++;
  }
  if (source[i] === 'e' || source[i] === 'E') {
    let j = i + 1;
    if (source[j] === '+' || source[j] === '-') j++;
    if (!isDigit(source[j] ?? '')) {
      const raw = source.slice(start, j);
      return { error: exprError('syntax', msg.exponentDigits(raw), source, start, j) };
    }
    while (isDigit(source[j] ?? '')) j++;
    i = j;
  }
  if (isIdentPart(source[i] ?? '') || source[i] === '.') {
    let j = i;
    while (isIdentPart(source[j] ?? '') || source[j] === '.') j++;
    return { error: exprError('syntax', msg.malformedNumber(source.slice(start, j)), source, start, j) };
  }
  const raw = source.slice(start, i);
  return { token: { kind: 'number', value: Number(raw), raw, start, end: i } };
}

function readName(source: string, start: number): Read {
  let i = start + 1;
  while (isIdentPart(source[i] ?? '')) i++;
  for (;;) {
    if (source[i] === '.' && isIdentStart(source[i + 1] ?? '')) {
      i += 2;
      while (isIdentPart(source[i] ?? '')) i++;
    } else if (source[i] === '[' && isDigit(source[i + 1] ?? '')) {
      let j = i + 1;
      while (isDigit(source[j] ?? '')) j++;
      if (source[j] !== ']') break;
      i = j + 1;
    } else break;
  }
  return { token: { kind: 'name', value: source.slice(start, i), quoted: false, start, end: i } };
}

/** A backtick-quoted name or a double-quoted string: the closing quote, \\ and \<quote> as escapes. */
function readQuoted(source: string, start: number, quote: '`' | '"'): Read {
  let value = '';
  let i = start + 1;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === '\\') {
      const next = source[i + 1];
      if (next !== quote && next !== '\\') {
        const seq = source.slice(i, i + 2);
        const message = quote === '"' ? msg.badStringEscape(seq) : msg.badNameEscape(seq);
        return { error: exprError('syntax', message, source, i, i + seq.length) };
      }
      value += next;
      i += 2;
    } else {
      value += source[i];
      i++;
    }
  }
  if (i >= source.length) {
    const message = quote === '"' ? msg.unterminatedString() : msg.unterminatedName();
    return { error: exprError('syntax', message, source, start, source.length) };
  }
  const end = i + 1;
  if (quote === '"') return { token: { kind: 'string', value, start, end } };
  if (value === '') return { error: exprError('syntax', msg.emptyName(), source, start, end) };
  return { token: { kind: 'name', value, quoted: true, start, end } };
}

function readOperator(source: string, start: number): Read {
  for (const op of OPERATORS) {
    if (source.startsWith(op, start)) return { token: { kind: 'op', value: op, start, end: start + op.length } };
  }
  const ch = String.fromCodePoint(source.codePointAt(start) ?? 0);
  const message = (MISTAKES[ch] ?? (() => msg.unexpectedCharacter(ch)))();
  return { error: exprError('syntax', message, source, start, start + ch.length) };
}
