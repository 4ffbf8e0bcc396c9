import type { Column, ColumnValues } from '../table/column.js';
import type { LeafPlan } from './plan-branch.js';
import { refusalReasons } from './refusal-reasons.js';
import { int64Values, numberValues, textValues } from './to-column-values.js';

/** The columns of one leaf, or why jsroot's values for it cannot be trusted. */
export type LeafColumnsResult = { ok: true; columns: Column[] } | { ok: false; reason: string };

const describe = (value: unknown): string =>
  value === null ? 'null' : value === undefined ? 'nothing' : Array.isArray(value) || ArrayBuffer.isView(value) ? 'an array' : `a ${typeof value}`;

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** The values of one entry of a leaf as a flat list, or undefined when jsroot's value has the wrong shape. */
function entryValues(leaf: LeafPlan, value: unknown): unknown[] | undefined {
  if (leaf.dims.length === 0) return [value];
  if (typeof value === 'string' || value === null || typeof value !== 'object') return undefined;
  const flat = Array.from(value as ArrayLike<unknown>).flat(leaf.dims.length);
  return flat.length === leaf.columnNames.length ? flat : undefined;
}

/** Splits jsroot's per-entry values into one list per column, checking every value's type. */
function splitEntries(leaf: LeafPlan, entries: unknown[]): unknown[][] | string {
  const lists: unknown[][] = leaf.columnNames.map(() => []);
  for (let entry = 0; entry < entries.length; entry++) {
    const values = entryValues(leaf, entries[entry]);
    if (!values) return refusalReasons.jsrootValue(entry, describe(entries[entry]));
    for (let k = 0; k < values.length; k++) {
      const ok = leaf.kind === 'text' ? typeof values[k] === 'string' : toNumber(values[k]) !== undefined;
      if (!ok) return refusalReasons.jsrootValue(entry, describe(values[k]));
      lists[k].push(values[k]);
    }
  }
  return lists;
}

function toValues(leaf: LeafPlan, list: unknown[]): ColumnValues {
  if (leaf.kind === 'text') return textValues(list as string[]);
  if (leaf.kind === 'int64') return int64Values(list as bigint[]);
  return numberValues(leaf.kind, list.map((v) => toNumber(v)!));
}

/** Builds one Column per value of the leaf from one list per column. */
export function columnsOf(leaf: LeafPlan, lists: unknown[][]): Column[] {
  return leaf.columnNames.map((name, k) => ({
    name,
    rootType: leaf.rootType,
    title: leaf.title,
    unit: '',
    values: toValues(leaf, lists[k]),
  }));
}

/** Columns of a leaf read by jsroot: `entries` holds jsroot's value of the leaf for every entry. */
export function leafColumns(leaf: LeafPlan, entries: unknown[]): LeafColumnsResult {
  const lists = splitEntries(leaf, entries);
  if (typeof lists === 'string') return { ok: false, reason: lists };
  return { ok: true, columns: columnsOf(leaf, lists) };
}
