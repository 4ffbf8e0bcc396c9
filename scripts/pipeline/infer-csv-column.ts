import type { ColumnValues } from '../table/column';

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const MAX_EXACT = 2n ** 53n;

/**
 * Infers a CSV column's kind from its cells and converts them: every
 * non-empty cell an integer → 'integer' (or 'bigint' when some lie beyond
 * ±2^53), every one a number → 'real', else 'text'. Empty cells are missing.
 * An all-empty column is 'text'.
 */
export function inferCsvColumn(cells: readonly string[]): ColumnValues {
  const trimmed = cells.map((c) => c.trim());
  const present = trimmed.filter((c) => c !== '');
  if (present.length === 0) return { kind: 'text', data: cells.map(() => null) };
  if (present.every((c) => INTEGER.test(c))) {
    const wide = present.some((c) => abs(BigInt(c)) > MAX_EXACT);
    if (!wide) return { kind: 'integer', data: Float64Array.from(trimmed, toNumber) };
    return { kind: 'bigint', data: trimmed.map((c) => (c === '' ? null : BigInt(c))) };
  }
  if (present.every((c) => NUMBER.test(c))) return { kind: 'real', data: Float64Array.from(trimmed, toNumber) };
  return { kind: 'text', data: cells.map((c) => (c.trim() === '' ? null : c)) };
}

/** Parses a key cell: the run number, or why it is not one. */
export function parseCsvKey(cell: string): { ok: true; run: number } | { ok: false; why: 'empty' | 'not-integer' | 'too-large' } {
  const c = cell.trim();
  if (c === '') return { ok: false, why: 'empty' };
  if (!INTEGER.test(c)) return { ok: false, why: 'not-integer' };
  if (abs(BigInt(c)) > MAX_EXACT) return { ok: false, why: 'too-large' };
  return { ok: true, run: Number(c) };
}

function toNumber(c: string): number {
  return c === '' ? NaN : Number(c);
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}
