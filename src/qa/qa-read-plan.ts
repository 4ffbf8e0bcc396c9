import type { ColumnMeta } from '../contract/data-contract';
import type { ReadRequest } from '../data/typed-table';
import { catalogFromColumns } from '../expr/column-table';
import { aliasReads, compileAliases } from '../expr/compile-aliases';
import { compileRules } from '../flags/compile-rules';
import type { QaSpec } from '../view/view-qa';
import { referenceColumns } from '../view/view-qa';

/**
 * The data columns a view's QA parts need besides its charts: what its
 * aliases, rules and statisticOK read, the reference's text columns, and the
 * table's columns (text as categories, others as numbers; aliases are computed,
 * not read). Each request once.
 */
export function qaReadPlan(qa: QaSpec, columns: readonly ColumnMeta[]): ReadRequest[] {
  const program = compileAliases(qa.aliases, catalogFromColumns(columns));
  const rules = compileRules({ rules: qa.rules, ...(qa.statisticOK !== undefined ? { statisticOK: qa.statisticOK } : {}) }, program.catalog);
  const text = new Set(columns.filter((c) => c.sqlType === 'TEXT').map((c) => c.name));
  const known = new Set(columns.map((c) => c.name));
  const shown = [...qa.categoryColumns, ...qa.variables, ...(qa.tableColumns ?? [])].filter((name) => known.has(name));
  const requests: ReadRequest[] = [
    ...aliasReads(program),
    ...rules.reads,
    ...referenceColumns(qa.reference).map((name) => ({ name, readAs: 'categorical' as const })),
    ...shown.map((name) => ({ name, readAs: text.has(name) ? ('categorical' as const) : ('numeric' as const) })),
  ];
  const plan: ReadRequest[] = [];
  for (const r of requests) if (!plan.some((p) => p.name === r.name && p.readAs === r.readAs)) plan.push(r);
  return plan;
}
