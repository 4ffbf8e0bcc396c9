import type { ColumnTable } from '../../../src/expr/column-table';
import { compileExpr, type CompiledExpr } from '../../../src/expr/compile-expr';
import { catalogFromTable } from '../../../src/expr/column-table';

/** A small table with every awkward value: NaN, ±Infinity, 0, −0, negatives, ties, a huge number; a text column with a missing code. Test helper. */
export const X = [1, 2, NaN, Infinity, -Infinity, 0, -3, 2, 5, 1e300, -0, 2];
export const Y = [2, 0, 1, 1, NaN, 0, 3, 2, -1, 1e300, 4, NaN];
export const PERIODS = ['LHC18b', 'LHC18c', null];
export const PERIOD_CODES = [0, 0, 1, 2, 1, 0, 1, 1, 0, 2, 0, 1];
/** A condition column with every logic code. */
export const FLAG = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2];

export function fixtureTable(): ColumnTable {
  return {
    size: X.length,
    numbers: new Map([['x', { values: Float64Array.from(X) }], ['y', { values: Float64Array.from(Y) }]]),
    categories: new Map([['rct.period', { codes: Uint32Array.from(PERIOD_CODES), dictionary: PERIODS }]]),
    conditions: new Map([['flag', { values: Uint8Array.from(FLAG) }]]),
  };
}

export function compileFor(source: string, table: ColumnTable = fixtureTable()): CompiledExpr {
  const result = compileExpr(source, catalogFromTable(table));
  if (!result.ok) throw new Error(`${source}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.compiled;
}

/** Equality that treats NaN as equal to NaN and tells −0 from 0 (Object.is). */
export function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
