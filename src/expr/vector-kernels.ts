import type { ArithmeticOp, ComparisonOp } from './ast';
import { NO_DATA } from './logic';
import { arithmetic, compare } from './numeric-kernels';

/**
 * Loops over whole columns, one per operation, for the vectorised evaluator.
 * A value is a column (typed array) or a scalar (a constant, or a band
 * statistic without groups) that stays scalar until mixed with a column.
 */
export type NumVec = number | Float64Array;
export type LogicVec = number | Uint8Array;

export function materialiseNumber(v: NumVec, n: number): Float64Array {
  return typeof v === 'number' ? new Float64Array(n).fill(v) : v;
}

export function materialiseLogic(v: LogicVec, n: number): Uint8Array {
  return typeof v === 'number' ? new Uint8Array(n).fill(v) : v;
}

/** a op b element-wise; two scalars stay a scalar. */
export function arithmeticVector(fn: ArithmeticOp, a: NumVec, b: NumVec, n: number): NumVec {
  if (typeof a === 'number' && typeof b === 'number') return arithmetic(fn, a, b);
  const A = materialiseNumber(a, n);
  const B = materialiseNumber(b, n);
  const out = new Float64Array(n);
  switch (fn) {
    case '+': for (let i = 0; i < n; i++) out[i] = A[i] + B[i]; break;
    case '-': for (let i = 0; i < n; i++) out[i] = A[i] - B[i]; break;
    case '*': for (let i = 0; i < n; i++) out[i] = A[i] * B[i]; break;
    case '/': for (let i = 0; i < n; i++) out[i] = A[i] / B[i]; break;
    case '%': for (let i = 0; i < n; i++) out[i] = A[i] % B[i]; break;
  }
  return out;
}

/** A comparison element-wise: NO_DATA where either side is NaN. */
export function compareVector(fn: ComparisonOp, a: NumVec, b: NumVec, n: number): LogicVec {
  if (typeof a === 'number' && typeof b === 'number') return compare(fn, a, b);
  if (typeof b === 'number' && b === b) return compareWith(fn, a as Float64Array, b, n);
  const A = materialiseNumber(a, n);
  const B = materialiseNumber(b, n);
  const out = new Uint8Array(n);
  switch (fn) {
    case '<': for (let i = 0; i < n; i++) { const x = A[i], y = B[i]; out[i] = x !== x || y !== y ? NO_DATA : x < y ? 1 : 0; } break;
    case '<=': for (let i = 0; i < n; i++) { const x = A[i], y = B[i]; out[i] = x !== x || y !== y ? NO_DATA : x <= y ? 1 : 0; } break;
    case '>': for (let i = 0; i < n; i++) { const x = A[i], y = B[i]; out[i] = x !== x || y !== y ? NO_DATA : x > y ? 1 : 0; } break;
    case '>=': for (let i = 0; i < n; i++) { const x = A[i], y = B[i]; out[i] = x !== x || y !== y ? NO_DATA : x >= y ? 1 : 0; } break;
    case '==': for (let i = 0; i < n; i++) { const x = A[i], y = B[i]; out[i] = x !== x || y !== y ? NO_DATA : x === y ? 1 : 0; } break;
    case '!=': for (let i = 0; i < n; i++) { const x = A[i], y = B[i]; out[i] = x !== x || y !== y ? NO_DATA : x !== y ? 1 : 0; } break;
  }
  return out;
}

/** A column against a number (the common `x > 6`): no array for the constant. */
function compareWith(fn: ComparisonOp, A: Float64Array, y: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  switch (fn) {
    case '<': for (let i = 0; i < n; i++) { const x = A[i]; out[i] = x !== x ? NO_DATA : x < y ? 1 : 0; } break;
    case '<=': for (let i = 0; i < n; i++) { const x = A[i]; out[i] = x !== x ? NO_DATA : x <= y ? 1 : 0; } break;
    case '>': for (let i = 0; i < n; i++) { const x = A[i]; out[i] = x !== x ? NO_DATA : x > y ? 1 : 0; } break;
    case '>=': for (let i = 0; i < n; i++) { const x = A[i]; out[i] = x !== x ? NO_DATA : x >= y ? 1 : 0; } break;
    case '==': for (let i = 0; i < n; i++) { const x = A[i]; out[i] = x !== x ? NO_DATA : x === y ? 1 : 0; } break;
    case '!=': for (let i = 0; i < n; i++) { const x = A[i]; out[i] = x !== x ? NO_DATA : x !== y ? 1 : 0; } break;
  }
  return out;
}

/** test ? a : b element-wise; NaN where the test has no data. */
export function chooseNumberVector(t: LogicVec, a: NumVec, b: NumVec, n: number): NumVec {
  if (typeof t === 'number') return t === 1 ? a : t === 0 ? b : NaN;
  const A = materialiseNumber(a, n);
  const B = materialiseNumber(b, n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = t[i] === 1 ? A[i] : t[i] === 0 ? B[i] : NaN;
  return out;
}

/** test ? a : b element-wise on conditions; NO_DATA where the test has no data. */
export function chooseLogicVector(t: LogicVec, a: LogicVec, b: LogicVec, n: number): LogicVec {
  if (typeof t === 'number') return t === 1 ? a : t === 0 ? b : NO_DATA;
  const A = materialiseLogic(a, n);
  const B = materialiseLogic(b, n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = t[i] === 1 ? A[i] : t[i] === 0 ? B[i] : NO_DATA;
  return out;
}
