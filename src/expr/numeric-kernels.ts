import type { ArithmeticOp, ComparisonOp } from './ast';
import { FALSE, NO_DATA, TRUE, type Logic } from './logic';
import type { MathFunction } from './plan';

/**
 * The numeric semantics, one scalar function each, shared by the vectorised
 * evaluator (which repeats the same formulas in its loops) and the one-row
 * tracer. NaN is "no data" and propagates; ±Infinity are values.
 */

export function arithmetic(fn: ArithmeticOp, a: number, b: number): number {
  switch (fn) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
  }
}

/** A comparison of two numbers; NO_DATA when either is NaN. */
export function compare(fn: ComparisonOp, a: number, b: number): Logic {
  if (a !== a || b !== b) return NO_DATA;
  let r: boolean;
  switch (fn) {
    case '<':
      r = a < b;
      break;
    case '<=':
      r = a <= b;
      break;
    case '>':
      r = a > b;
      break;
    case '>=':
      r = a >= b;
      break;
    case '==':
      r = a === b;
      break;
    case '!=':
      r = a !== b;
      break;
  }
  return r ? TRUE : FALSE;
}

/** abs sqrt log exp pow min max; any NaN argument gives NaN (pow(NaN, 0) too). */
export function mathFunction(fn: MathFunction, args: readonly number[]): number {
  switch (fn) {
    case 'abs':
      return Math.abs(args[0]);
    case 'sqrt':
      return Math.sqrt(args[0]);
    case 'log':
      return Math.log(args[0]);
    case 'exp':
      return Math.exp(args[0]);
    case 'pow':
      return args[0] !== args[0] || args[1] !== args[1] ? NaN : Math.pow(args[0], args[1]);
    case 'min':
      return Math.min(...args);
    case 'max':
      return Math.max(...args);
  }
}

/** lo ≤ x ≤ hi; NO_DATA when any is NaN. */
export function inRange(x: number, lo: number, hi: number): Logic {
  if (x !== x || lo !== lo || hi !== hi) return NO_DATA;
  return lo <= x && x <= hi ? TRUE : FALSE;
}

/**
 * (x − centre) / sigma. NaN when x, centre or sigma is NaN. With sigma = 0
 * (no spread in the reference): 0 at the centre, ±Infinity elsewhere.
 */
export function nsigmaValue(x: number, centre: number, sigma: number): number {
  if (sigma === 0) return x === centre ? 0 : x !== x || centre !== centre ? NaN : x > centre ? Infinity : -Infinity;
  return (x - centre) / sigma;
}
