import type { ColumnMeta } from '../contract/data-contract';
import type { TypedTable } from '../data/typed-table';
import { catalogFromColumns, type ColumnTable } from '../expr/column-table';
import { compileAliases, type AliasProgram } from '../expr/compile-aliases';
import type { ExprError } from '../expr/expr-error';
import { evaluateAliases } from '../expr/evaluate-aliases';
import { allRows } from '../expr/reference';
import { resolveReference } from '../flags/reference-set';
import type { QaSpec } from '../view/view-qa';

/** The loaded table plus the view's aliases: numeric ones as columns charts can draw, conditions for rules. */
export interface QaTable extends TypedTable {
  conditions: ColumnTable['conditions'] & {};
}

/**
 * Adds the view's aliases to a loaded table (before the crossfilter model is
 * built, so charts and the table read them like columns). Aliases using band
 * helpers take the view's reference; a `selection` reference is all runs here
 * (the selection does not exist yet). Errors name the alias.
 */
export function withAliases(table: TypedTable, qa: QaSpec, columns: readonly ColumnMeta[]): { table: QaTable; program: AliasProgram; errors: ExprError[] } {
  const program = compileAliases(qa.aliases, catalogFromColumns(columns));
  const spec = qa.reference.kind === 'selection' ? { kind: 'all' as const, ...(qa.reference.groupBy ? { groupBy: qa.reference.groupBy } : {}) } : qa.reference;
  const resolved = resolveReference(spec, table);
  const reference = resolved.ok ? resolved.reference : allRows(table.size);
  const out = evaluateAliases(program, table, { reference });
  const numbers = new Map(table.numbers);
  for (const [name, column] of out.table.numbers) if (!numbers.has(name)) numbers.set(name, { kind: 'numeric', name, values: column.values });
  return { table: { ...table, numbers, conditions: new Map(out.table.conditions ?? []) }, program, errors: [...program.errors, ...out.errors] };
}
