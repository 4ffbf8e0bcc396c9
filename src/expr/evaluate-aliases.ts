import type { ColumnTable } from './column-table';
import type { AliasProgram } from './compile-aliases';
import { createBandCache } from './band-cache';
import type { ExprError } from './expr-error';
import { evaluateExpr, type EvalOptions } from './evaluate-expr';

/**
 * Computes every compiled alias in dependency order and returns a new table
 * holding the input's columns plus one per alias: numeric aliases in
 * `numbers`, conditions in `conditions` (the input table is not changed).
 * Errors (a column the caller did not load) carry the alias name; an alias
 * that fails is left out, and so is every alias using it.
 */
export function evaluateAliases(program: AliasProgram, table: ColumnTable, options: EvalOptions = {}): { table: ColumnTable; errors: ExprError[]; warnings: ExprError[] } {
  const numbers = new Map(table.numbers);
  const conditions = new Map(table.conditions ?? []);
  const out: ColumnTable = { size: table.size, numbers, categories: table.categories, conditions };
  const errors: ExprError[] = [];
  const warnings: ExprError[] = [];
  const cache = options.cache ?? createBandCache();
  for (const { name, compiled } of program.aliases) {
    const result = evaluateExpr(compiled, out, { ...options, cache });
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ ...e, alias: name })));
      continue;
    }
    warnings.push(...result.warnings.map((w) => ({ ...w, alias: name })));
    if (result.type === 'number') numbers.set(name, { values: result.values });
    else conditions.set(name, { values: result.values });
  }
  return { table: out, errors, warnings };
}
