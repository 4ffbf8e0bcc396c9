import type { Column, ColumnKind, ColumnValues } from '../table/column';
import { BuildError } from './build-error';
import { messages } from './messages';
import type { FilePart } from './source-table';

/**
 * Concatenates the columns of several files of one source, in file order.
 * A column missing from some file is missing (NaN / null) for its entries.
 * integer + real gives real, integer + bigint gives bigint; other mixes are fatal.
 * A column with no value in a file (e.g. an empty CSV column, read as text)
 * does not count towards its type.
 */
export function concatColumns(source: string, parts: readonly FilePart[]): Column[] {
  if (parts.length === 1) return parts[0].columns;
  const total = parts.reduce((n, p) => n + p.entries, 0);
  // One name → column map per file: linear in columns × files (a find per name was quadratic).
  const byName = parts.map((p) => new Map(p.columns.map((c) => [c.name, c])));
  return columnNames(parts).map((name) => {
    const found = byName.map((m) => m.get(name));
    const first = found.find((c): c is Column => c !== undefined)!;
    const typedAt = parts.flatMap((p, i) => (found[i] !== undefined && hasValues(found[i]) ? [{ file: p.file, column: found[i] }] : []));
    const typed = typedAt.map((t) => t.column);
    const kind = typed.length === 0 ? first.values.kind : mergedKind(source, name, typedAt.map((t) => ({ file: t.file, kind: t.column.values.kind })));
    const values = emptyValues(kind, total);
    let offset = 0;
    parts.forEach((p, i) => {
      const column = found[i];
      if (column) copyInto(values, column.values, offset);
      offset += p.entries;
    });
    return { ...(typed[0] ?? first), values };
  });
}

/** Every column name, in order of first appearance over the files. */
function columnNames(parts: readonly FilePart[]): string[] {
  const names = new Set<string>();
  for (const p of parts) for (const c of p.columns) names.add(c.name);
  return [...names];
}

function hasValues(column: Column): boolean {
  const data = column.values.data as ArrayLike<unknown>;
  for (let i = 0; i < data.length; i++) if (data[i] !== null && !Number.isNaN(data[i])) return true;
  return false;
}

function mergedKind(source: string, column: string, byFile: { file: string; kind: ColumnKind }[]): ColumnKind {
  const set = new Set(byFile.map((f) => f.kind));
  if (set.size === 1) return byFile[0].kind;
  if (set.size === 2 && set.has('integer') && set.has('real')) return 'real';
  if (set.size === 2 && set.has('integer') && set.has('bigint')) return 'bigint';
  throw new BuildError({
    kind: 'column-type-conflict',
    file: byFile.find((f) => f.kind !== byFile[0].kind)?.file ?? '',
    object: `${source}.${column}`,
    message: messages.columnTypeConflict(source, column, byFile),
    hint: messages.columnTypeConflictHint(),
  });
}

/** All-missing values of one kind. */
export function emptyValues(kind: ColumnKind, length: number): ColumnValues {
  if (kind === 'real' || kind === 'integer') return { kind, data: new Float64Array(length).fill(NaN) };
  return { kind, data: new Array<null>(length).fill(null) } as ColumnValues;
}

function copyInto(target: ColumnValues, source: ColumnValues, offset: number): void {
  // Numbers into numbers (NaN is missing on both sides): one block copy.
  if (source.data instanceof Float64Array && target.data instanceof Float64Array) {
    target.data.set(source.data, offset);
    return;
  }
  for (let i = 0; i < source.data.length; i++) {
    const v = source.data[i];
    const missing = v === null || (typeof v === 'number' && Number.isNaN(v));
    if (target.kind === 'bigint') target.data[offset + i] = missing ? null : BigInt(v as number | bigint);
    else if (target.kind === 'text') target.data[offset + i] = missing ? null : String(v);
    else target.data[offset + i] = missing ? NaN : Number(v);
  }
}
