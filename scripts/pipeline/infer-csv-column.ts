import type { ColumnValues } from '../table/column';
import { fitsInt64, isExactAsDouble } from '../table/safe-integer';

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NAN = /^[+-]?nan$/i;
const INFINITY = /^([+-]?)inf(inity)?$/i;
const MAX_EXAMPLES = 3;

/** A CSV column as inferred: its values, how many cells spelled NaN, and why it became text. */
export interface CsvColumn {
  values: ColumnValues;
  /** Cells spelled NaN / nan (stored as missing, reported as non-finite). */
  nanCells: number;
  /** Up to 3 cells that made a mostly numeric column text; [] otherwise. */
  textExamples: string[];
}

/**
 * Infers a CSV column's kind from its cells and converts them: every
 * non-empty cell an integer → 'integer' (or 'bigint' when some lie beyond
 * ±2^53), every one a number → 'real', else 'text'. Empty cells are missing.
 * NaN / nan count as numbers (missing); inf, -inf, Infinity… as ±Infinity.
 * Integers beyond the signed 64-bit range make the column text (SQLite could
 * not store them), with those cells as examples. An all-empty column is 'text'.
 */
export function inferCsvColumn(cells: readonly string[]): CsvColumn {
  const trimmed = cells.map((c) => c.trim());
  const present = trimmed.filter((c) => c !== '');
  const nanCells = present.filter((c) => NAN.test(c)).length;
  const numbers = present.filter((c) => !NAN.test(c));
  if (present.length === 0) return { values: { kind: 'text', data: cells.map(() => null) }, nanCells: 0, textExamples: [] };
  if (numbers.every((c) => INTEGER.test(c)) && numbers.length > 0) {
    const tooWide = numbers.filter((c) => !fitsInt64(BigInt(c)));
    if (tooWide.length > 0) return { ...asText(cells), textExamples: tooWide.slice(0, MAX_EXAMPLES) };
    if (numbers.every((c) => isExactAsDouble(BigInt(c)))) return { values: { kind: 'integer', data: Float64Array.from(trimmed, toNumber) }, nanCells, textExamples: [] };
    return { values: { kind: 'bigint', data: trimmed.map((c) => (c === '' || NAN.test(c) ? null : BigInt(c))) }, nanCells, textExamples: [] };
  }
  if (numbers.every(isReal)) return { values: { kind: 'real', data: Float64Array.from(trimmed, toNumber) }, nanCells, textExamples: [] };
  const notNumbers = numbers.filter((c) => !isReal(c));
  const mostlyNumeric = present.length - notNumbers.length > present.length / 2;
  return { ...asText(cells), textExamples: mostlyNumeric ? notNumbers.slice(0, MAX_EXAMPLES) : [] };
}

/** Parses a key cell: the run number, or why it is not one. */
export function parseCsvKey(cell: string): { ok: true; run: number } | { ok: false; why: 'empty' | 'not-integer' | 'too-large' } {
  const c = cell.trim();
  if (c === '') return { ok: false, why: 'empty' };
  if (!INTEGER.test(c)) return { ok: false, why: 'not-integer' };
  if (!isExactAsDouble(BigInt(c))) return { ok: false, why: 'too-large' };
  return { ok: true, run: Number(c) };
}

function asText(cells: readonly string[]): { values: ColumnValues; nanCells: number } {
  return { values: { kind: 'text', data: cells.map((c) => (c.trim() === '' ? null : c)) }, nanCells: 0 };
}

/** True for a finite decimal number as written in a CSV cell (trimmed): `12`, `-3.5`, `2.85e5`; not NaN or inf. */
export function isCsvNumber(c: string): boolean {
  return NUMBER.test(c);
}

function isReal(c: string): boolean {
  return NUMBER.test(c) || INFINITY.test(c);
}

function toNumber(c: string): number {
  if (c === '' || NAN.test(c)) return NaN;
  const inf = INFINITY.exec(c);
  if (inf) return inf[1] === '-' ? -Infinity : Infinity;
  return Number(c);
}
