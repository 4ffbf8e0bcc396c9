import type { ColumnMeta } from '../contract/data-contract';

/** What a name holds, as the type checker sees it. */
export type ColumnType = 'number' | 'text' | 'boolean';

/** The names an expression may use and their types: data columns and aliases. */
export interface ColumnCatalog {
  /** Data columns: numbers (INTEGER, REAL) or text (TEXT). */
  columns: ReadonlyMap<string, 'number' | 'text'>;
  /** Derived variables defined so far, numbers or conditions. */
  aliases?: ReadonlyMap<string, 'number' | 'boolean'>;
}

/**
 * Columns as the evaluator reads them: the app's TypedTable fits as it is.
 * Numbers are NaN where missing; categorical codes index `dictionary`, whose
 * null entry (and any code beyond it) is missing — a value spelled
 * "(missing)" is a value like any other. Boolean aliases live in
 * `conditions` as logic codes (see logic.ts).
 */
export interface ColumnTable {
  size: number;
  numbers: ReadonlyMap<string, { values: Float64Array }>;
  categories: ReadonlyMap<string, { codes: Uint32Array; dictionary: readonly (string | null)[] }>;
  conditions?: ReadonlyMap<string, { values: Uint8Array }>;
}

/** The catalog of a data manifest's columns: TEXT as text, INTEGER and REAL as numbers. */
export function catalogFromColumns(columns: readonly Pick<ColumnMeta, 'name' | 'sqlType'>[]): ColumnCatalog {
  return { columns: new Map(columns.map((c) => [c.name, c.sqlType === 'TEXT' ? 'text' : 'number'] as const)) };
}

/** The catalog of a loaded table (when no manifest is at hand, e.g. in tests): numbers, categories, conditions. */
export function catalogFromTable(table: ColumnTable): ColumnCatalog {
  const columns = new Map<string, 'number' | 'text'>();
  for (const name of table.categories.keys()) columns.set(name, 'text');
  for (const name of table.numbers.keys()) columns.set(name, 'number');
  const aliases = new Map<string, 'number' | 'boolean'>();
  for (const name of table.conditions?.keys() ?? []) aliases.set(name, 'boolean');
  return { columns, aliases };
}

/** Every name of a catalog, data columns first. */
export function catalogNames(catalog: ColumnCatalog): string[] {
  return [...catalog.columns.keys(), ...(catalog.aliases?.keys() ?? [])];
}

/** True when a categorical code means "missing": its dictionary entry is null, or it is past the dictionary. */
export function isMissingCode(code: number, dictionary: readonly (string | null)[]): boolean {
  return code >= dictionary.length || dictionary[code] === null;
}
