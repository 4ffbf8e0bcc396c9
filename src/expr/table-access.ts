import { closestNames } from './closest-names';
import { isMissingCode, type ColumnTable } from './column-table';
import type { CompiledExpr } from './compile-expr';
import { exprError, type ExprError } from './expr-error';
import { exprMessages as msg } from './expr-messages';
import { FALSE, NO_DATA, TRUE } from './logic';
import { walkPlan, type LogicPlan } from './plan';

/** An 'unread-column' error at the first use of each name the table lacks. */
export function missingColumns(compiled: CompiledExpr, table: ColumnTable): ExprError[] {
  const errors: ExprError[] = [];
  const seen = new Set<string>();
  walkPlan(compiled.plan, (plan) => {
    const name = plan.op === 'column' || plan.op === 'condition' ? plan.name : plan.op === 'text-equals' ? plan.column : undefined;
    if (name === undefined || seen.has(name)) return;
    seen.add(name);
    const present = plan.op === 'column' ? table.numbers.has(name) : plan.op === 'condition' ? (table.conditions?.has(name) ?? false) : table.categories.has(name);
    if (!present) errors.push(exprError('unread-column', msg.unreadColumn(name), compiled.source, plan.node.start, plan.node.end));
  });
  return errors;
}

/**
 * `column == "value"` over a categorical column: one lookup per code. A
 * missing code gives NO_DATA; a string that is none of the column's values
 * gives false everywhere else, and a warning naming the closest values.
 */
export function textEquals(plan: LogicPlan & { op: 'text-equals' }, table: ColumnTable, source: string, warnings: ExprError[]): Uint8Array {
  const { codes, dictionary } = table.categories.get(plan.column)!;
  const [hit, miss] = plan.negate ? [FALSE, TRUE] : [TRUE, FALSE];
  const lookup = new Uint8Array(dictionary.length + 1);
  let found = false;
  for (let code = 0; code < dictionary.length; code++) {
    const missing = isMissingCode(code, dictionary);
    const match = !missing && dictionary[code] === plan.value;
    found ||= match;
    lookup[code] = missing ? NO_DATA : match ? hit : miss;
  }
  lookup[dictionary.length] = NO_DATA;
  if (!found) {
    const values = dictionary.filter((value): value is string => value !== null);
    const near = closestNames(plan.value, values);
    warnings.push(exprError('unknown-value', msg.unknownValue(plan.column, plan.value, near), source, plan.node.start, plan.node.end, { suggestions: near }));
  }
  const out = new Uint8Array(codes.length);
  const last = dictionary.length;
  for (let i = 0; i < codes.length; i++) out[i] = lookup[Math.min(codes[i], last)];
  return out;
}
