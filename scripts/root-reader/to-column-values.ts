import type { ColumnValues } from '../table/column.js';
import { isExactAsDouble } from '../table/safe-integer.js';

/** 64-bit integers: 'integer' doubles when all lie within ±2^53, else 'bigint'. */
export function int64Values(values: bigint[]): ColumnValues {
  const exact = values.every(isExactAsDouble);
  if (!exact) return { kind: 'bigint', data: values.slice() };
  return { kind: 'integer', data: Float64Array.from(values, (v) => Number(v)) };
}

/** Numbers (booleans as 0/1) into a typed column of the given kind. */
export function numberValues(kind: 'real' | 'integer', values: number[]): ColumnValues {
  return { kind, data: Float64Array.from(values) };
}

/** Strings into a text column. */
export function textValues(values: string[]): ColumnValues {
  return { kind: 'text', data: values.slice() };
}
