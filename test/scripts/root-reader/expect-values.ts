/** Test helpers shared by the root-reader tests: comparing column values with known values. */
import { expect } from 'vitest';
import type { Column, ColumnValues } from '../../../scripts/table/column.js';

/** Significant digits of a number as JSON wrote it. */
export function significantDigits(value: number): number {
  const mantissa = Math.abs(value).toExponential().split('e')[0];
  return mantissa.replace('.', '').replace(/0+$/, '').length;
}

/**
 * Exact when the known value is given to full precision (≥ 15 significant
 * digits, or an integer), within 1e-11 relative when given to fewer digits.
 */
export function expectKnownValue(actual: unknown, known: unknown, where: string): void {
  if (typeof known === 'number' && typeof actual === 'number' && significantDigits(known) < 15 && !Number.isInteger(known)) {
    expect(Math.abs(actual - known) / Math.abs(known), where).toBeLessThanOrEqual(1e-11);
  } else {
    expect(actual, where).toBe(known);
  }
}

/** The plain values of a column (numbers, bigints or strings). */
export function valuesOf(values: ColumnValues): unknown[] {
  return Array.from(values.data as ArrayLike<unknown>);
}

/** The column named `name`; fails the test when absent. */
export function column(columns: Column[], name: string): Column {
  const found = columns.find((c) => c.name === name);
  expect(found, `column ${name}`).toBeDefined();
  return found!;
}
