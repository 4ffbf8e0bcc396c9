import type { ColumnMeta } from '../contract/data-contract';
import { catalogFromColumns } from '../expr/column-table';
import { compileAliases } from '../expr/compile-aliases';
import { caretLine, type ExprError } from '../expr/expr-error';
import { parse } from '../expr/parse';
import { compileRules } from '../flags/compile-rules';
import { closestNames } from './closest-names';
import { toJsonPath, type PathSegment } from './json-path';
import { viewHints, viewMessages } from './view-messages';
import type { ViewProblem } from './view-spec';

/**
 * The QA sections of a parsed view file, whatever else is wrong with it:
 * aliases (syntax, names, cycles with their path, types), rules and
 * statisticOK (compiled against the data's columns plus the aliases), and
 * the columns the reference and the table name. Without `columns`, the
 * expressions' syntax only.
 */
export function checkViewQa(json: unknown, columns?: readonly ColumnMeta[]): ViewProblem[] {
  const file = asRecord(json);
  const aliases = Object.entries(asRecord(file.aliases)).flatMap(([name, expression]) => (typeof expression === 'string' ? [{ name, expression }] : []));
  const rules = (Array.isArray(file.rules) ? file.rules : []).map(asRecord);
  const statisticOK = typeof file.statisticOK === 'string' ? file.statisticOK : undefined;
  if (!columns) {
    return [
      ...aliases.flatMap((a) => parseProblems(a.expression, ['aliases', a.name])),
      ...rules.flatMap((rule, index) => (typeof rule.expression === 'string' ? parseProblems(rule.expression, ['rules', index, 'expression']) : [])),
      ...(statisticOK !== undefined ? parseProblems(statisticOK, ['statisticOK']) : []),
    ];
  }
  const program = compileAliases(aliases, catalogFromColumns(columns));
  const problems = program.errors.map((error) => exprProblem(error, ['aliases', error.alias ?? '']));
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (typeof rule.expression !== 'string' || typeof rule.name !== 'string') return;
    if (seen.has(rule.name)) problems.push({ kind: 'view-problem', path: toJsonPath(['rules', index, 'name']), message: viewMessages.duplicateRule(rule.name) });
    seen.add(rule.name);
    const compiled = compileRules({ rules: [{ name: rule.name || '?', level: 'Warning', expression: rule.expression }] }, program.catalog);
    for (const p of compiled.problems) if (p.error) problems.push(exprProblem(p.error, ['rules', index, 'expression']));
  });
  if (statisticOK !== undefined) {
    const compiled = compileRules({ rules: [], statisticOK }, program.catalog);
    for (const p of compiled.problems) if (p.error) problems.push(exprProblem(p.error, ['statisticOK']));
  }
  const aliasNames = [...(program.catalog.aliases?.keys() ?? [])];
  return [...problems, ...referenceProblems(asRecord(file.reference), columns), ...tableProblems(asRecord(file.table), columns, aliasNames)];
}

function referenceProblems(reference: Record<string, unknown>, columns: readonly ColumnMeta[]): ViewProblem[] {
  const text = columns.filter((c) => c.sqlType === 'TEXT').map((c) => c.name);
  return (['column', 'groupBy'] as const).flatMap((key) => {
    const name = reference[key];
    if (typeof name !== 'string' || text.includes(name)) return [];
    return [unknownName(name, ['reference', key], text, viewMessages.notTextColumn(name))];
  });
}

function tableProblems(table: Record<string, unknown>, columns: readonly ColumnMeta[], aliases: readonly string[]): ViewProblem[] {
  const names = [...columns.map((c) => c.name), ...aliases];
  const list = Array.isArray(table.columns) ? table.columns : [];
  return list.flatMap((name, index) => (typeof name === 'string' && !names.includes(name) ? [unknownName(name, ['table', 'columns', index], names, viewMessages.unknownColumnOrAlias(name))] : []));
}

function unknownName(name: string, at: PathSegment[], names: readonly string[], message: string): ViewProblem {
  const near = closestNames(name, names);
  return { kind: 'view-problem', path: toJsonPath(at), message, hint: near.length ? viewHints.didYouMean(near) : viewHints.columns() };
}

function exprProblem(error: ExprError, at: readonly PathSegment[]): ViewProblem {
  return {
    kind: 'view-problem',
    path: toJsonPath(at),
    message: viewMessages.badExpression(error.message, error.start + 1, caretLine(error)),
    ...(error.suggestions?.length ? { hint: viewHints.didYouMean(error.suggestions) } : {}),
  };
}

function parseProblems(source: string, at: readonly PathSegment[]): ViewProblem[] {
  const result = parse(source);
  return result.ok ? [] : [exprProblem(result.error, at)];
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
