/**
 * Test-only reference semantics of the expression language: a plain
 * recursive interpreter, one row at a time, over the parsed tree, written
 * from the README's rules and not from the evaluator. Conditions are
 * 'T' | 'F' | 'N' (no data).
 */
import type { Expr } from '../../../src/expr/ast';
import { ltmConsistency } from '../../../src/stats/ltm-consistency';
import { plainFinite, plainLtm, plainMad, plainMedian } from '../stats/reference-stats';

export type Value = number | 'T' | 'F' | 'N';

export interface Data {
  size: number;
  numbers: Record<string, readonly number[]>;
  /** Text per row, null = missing. */
  texts: Record<string, readonly (string | null)[]>;
  conditions: Record<string, readonly ('T' | 'F' | 'N')[]>;
  /** Reference rows, and optional group per row (null = none). */
  reference: readonly number[];
  groupOf?: readonly (number | null)[];
  method: { kind: 'median-mad' } | { kind: 'ltm'; fraction: number };
}

const truth = (b: boolean): 'T' | 'F' => (b ? 'T' : 'F');

export function interpret(node: Expr, row: number, data: Data): Value {
  const num = (n: Expr) => interpret(n, row, data) as number;
  const cond = (n: Expr) => interpret(n, row, data) as 'T' | 'F' | 'N';
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'string':
      throw new Error('a string alone');
    case 'group':
      return interpret(node.inner, row, data);
    case 'column':
      if (node.name in data.numbers) return data.numbers[node.name][row];
      return data.conditions[node.name][row];
    case 'unary':
      if (node.op === '-') return -num(node.operand);
      return { T: 'F', F: 'T', N: 'N' }[cond(node.operand)] as Value;
    case 'conditional': {
      const t = cond(node.test);
      if (t === 'T') return interpret(node.then, row, data);
      if (t === 'F') return interpret(node.otherwise, row, data);
      const sample = interpret(node.then, row, data);
      return typeof sample === 'number' ? NaN : 'N';
    }
    case 'binary':
      return binary(node, row, data, num, cond);
    case 'call':
      return call(node, row, data, num);
  }
}

function binary(node: Expr & { kind: 'binary' }, row: number, data: Data, num: (n: Expr) => number, cond: (n: Expr) => 'T' | 'F' | 'N'): Value {
  const { op, left, right } = node;
  if (op === '&&') {
    const a = cond(left), b = cond(right);
    return a === 'F' || b === 'F' ? 'F' : a === 'N' || b === 'N' ? 'N' : 'T';
  }
  if (op === '||') {
    const a = cond(left), b = cond(right);
    return a === 'T' || b === 'T' ? 'T' : a === 'N' || b === 'N' ? 'N' : 'F';
  }
  const text = [left, right].find((n) => n.kind === 'column' && n.name in data.texts);
  if (text && text.kind === 'column') {
    const literal = (left.kind === 'string' ? left : right) as Expr & { kind: 'string' };
    const value = data.texts[text.name][row];
    if (value === null) return 'N';
    return truth((value === literal.value) === (op === '=='));
  }
  const a = num(left), b = num(right);
  if (['<', '<=', '>', '>=', '==', '!='].includes(op)) {
    if (Number.isNaN(a) || Number.isNaN(b)) return 'N';
    return truth(op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : op === '>=' ? a >= b : op === '==' ? a === b : a !== b);
  }
  return op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
}

function call(node: Expr & { kind: 'call' }, row: number, data: Data, num: (n: Expr) => number): Value {
  const args = node.args.map(num);
  switch (node.name) {
    case 'abs': return Math.abs(args[0]);
    case 'sqrt': return Math.sqrt(args[0]);
    case 'log': return Math.log(args[0]);
    case 'exp': return Math.exp(args[0]);
    case 'pow': return args.some(Number.isNaN) ? NaN : args[0] ** args[1];
    case 'min': return args.some(Number.isNaN) ? NaN : args.reduce((a, b) => (b < a || (b === 0 && a === 0 && Object.is(b, -0)) ? b : a));
    case 'max': return args.some(Number.isNaN) ? NaN : args.reduce((a, b) => (b > a || (b === 0 && a === 0 && Object.is(a, -0)) ? b : a));
    case 'isnan': return truth(Number.isNaN(args[0]));
    case 'inrange': return args.some(Number.isNaN) ? 'N' : truth(args[1] <= args[0] && args[0] <= args[2]);
    default: return band(node, row, data, args[0]);
  }
}

function band(node: Expr & { kind: 'call' }, row: number, data: Data, x: number): number {
  const group = data.groupOf ? data.groupOf[row] : 0;
  if (group === null) return NaN;
  const rows = data.reference.filter((r) => (data.groupOf ? data.groupOf[r] === group : true));
  const sample = plainFinite(rows.map((r) => interpret(node.args[0], r, data) as number));
  const n = sample.length;
  if (node.name === 'median') return plainMedian(sample);
  if (node.name === 'mean') return n === 0 ? NaN : sample.reduce((a, b) => a + b, 0) / n;
  if (node.name === 'rms') {
    if (n < 2) return NaN;
    const m = sample.reduce((a, b) => a + b, 0) / n;
    return Math.sqrt(sample.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
  }
  let centre: number;
  let sigma: number;
  if (data.method.kind === 'median-mad') {
    centre = plainMedian(sample);
    sigma = n < 2 ? NaN : 1.4826 * plainMad(sample);
  } else {
    const h = Math.min(n, Math.max(Math.floor(n / 2) + 1, Math.ceil(data.method.fraction * n - 1e-9)));
    const w = n === 0 ? { mean: NaN, rms: NaN } : n === 1 ? { mean: sample[0], rms: NaN } : plainLtm(sample, h);
    centre = w.mean;
    sigma = n < 2 ? NaN : w.rms * ltmConsistency(h / n);
  }
  if (sigma === 0 && !Number.isNaN(x) && !Number.isNaN(centre)) return x === centre ? 0 : x > centre ? Infinity : -Infinity;
  return (x - centre) / sigma;
}
