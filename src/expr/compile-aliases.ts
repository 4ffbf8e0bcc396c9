import type { ReadRequest } from '../data/typed-table';
import type { Expr } from './ast';
import { aliasCycles } from './alias-cycles';
import type { ColumnCatalog } from './column-table';
import { columnNames } from './column-names';
import { compileAst, type CompiledExpr } from './compile-expr';
import { exprError, type ExprError } from './expr-error';
import { aliasMessages as msg } from './expr-messages';
import { parse } from './parse';

/** A derived variable as a view file declares it. */
export interface AliasSpec {
  name: string;
  expression: string;
}

export interface CompiledAlias {
  name: string;
  compiled: CompiledExpr;
}

/** Aliases that compiled, in an order where each comes after those it uses, and every error. */
export interface AliasProgram {
  aliases: CompiledAlias[];
  errors: ExprError[];
  /** The input catalog plus every compiled alias: compile rules and charts against this. */
  catalog: ColumnCatalog;
}

/**
 * Checks derived variables: names (non-empty, unique, not a data column),
 * syntax, dependencies (aliases may use columns and other aliases, in any
 * order of definition), cycles (each alias on one gets a 'cycle' error with
 * the path) and types. An alias using a failed alias gets 'alias-failed'.
 * Every error carries `alias`. The aliases without errors still compile.
 */
export function compileAliases(specs: readonly AliasSpec[], catalog: ColumnCatalog): AliasProgram {
  const errors: ExprError[] = [];
  const parsed = new Map<string, { spec: AliasSpec; ast: Expr }>();
  const seen = new Set<string>();
  for (const spec of specs) {
    const nameError = checkName(spec.name, seen, catalog);
    seen.add(spec.name);
    if (nameError) {
      errors.push(nameError);
      continue;
    }
    const result = parse(spec.expression);
    if (result.ok) parsed.set(spec.name, { spec, ast: result.ast });
    else errors.push({ ...result.error, alias: spec.name });
  }
  const definedNames = new Set(specs.map((s) => s.name).filter((n) => n.trim() !== '' && !catalog.columns.has(n)));
  const uses = new Map([...parsed].map(([name, { ast }]) => [name, columnNames(ast).filter((n) => definedNames.has(n))]));
  const cycles = aliasCycles(uses);
  for (const [name, path] of cycles) {
    const { spec, ast } = parsed.get(name)!;
    errors.push(exprError('cycle', msg.cycle(path), spec.expression, ...referenceSpan(ast, path[1]), { alias: name, path }));
  }
  const types = new Map(catalog.aliases ?? []);
  const aliases: CompiledAlias[] = [];
  const failed = new Set([...definedNames].filter((n) => !parsed.has(n) || cycles.has(n)));
  for (const name of dependencyOrder(uses, failed)) {
    const { spec, ast } = parsed.get(name)!;
    const broken = uses.get(name)!.find((n) => failed.has(n));
    if (broken !== undefined) {
      failed.add(name);
      errors.push(exprError('alias-failed', msg.failedDependency(broken), spec.expression, ...referenceSpan(ast, broken), { alias: name }));
      continue;
    }
    const result = compileAst(spec.expression, ast, { columns: catalog.columns, aliases: types });
    if (!result.ok) {
      failed.add(name);
      errors.push(...result.errors.map((e) => ({ ...e, alias: name })));
      continue;
    }
    types.set(name, result.compiled.type);
    aliases.push({ name, compiled: result.compiled });
  }
  return { aliases, errors, catalog: { columns: catalog.columns, aliases: types } };
}

function checkName(name: string, seen: ReadonlySet<string>, catalog: ColumnCatalog): ExprError | undefined {
  const error = (message: string) => exprError('alias-name', message, name, 0, name.length, { alias: name });
  if (name.trim() === '') return error(msg.emptyName());
  if (seen.has(name)) return error(msg.duplicateName(name));
  if (catalog.columns.has(name)) return error(msg.shadowsColumn(name));
  return undefined;
}

/** Aliases not in `skip`, each after the aliases it uses (depth-first post-order; cycles were removed). */
function dependencyOrder(uses: ReadonlyMap<string, readonly string[]>, skip: ReadonlySet<string>): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (name: string): void => {
    if (done.has(name) || skip.has(name) || !uses.has(name)) return;
    done.add(name);
    for (const next of uses.get(name)!) visit(next);
    order.push(name);
  };
  for (const name of uses.keys()) visit(name);
  return order;
}

/** Offsets of the first use of `name` in an expression tree. */
function referenceSpan(ast: Expr, name: string): [number, number] {
  let found: [number, number] | undefined;
  const visit = (node: Expr): void => {
    if (found) return;
    if (node.kind === 'column' && node.name === name) found = [node.start, node.end];
    else if (node.kind === 'group') visit(node.inner);
    else if (node.kind === 'unary') visit(node.operand);
    else if (node.kind === 'binary') [node.left, node.right].forEach(visit);
    else if (node.kind === 'conditional') [node.test, node.then, node.otherwise].forEach(visit);
    else if (node.kind === 'call') node.args.forEach(visit);
  };
  visit(ast);
  return found ?? [ast.start, ast.end];
}

/** Data columns needed to compute the named aliases (all by default), through the aliases they use. */
export function aliasReads(program: AliasProgram, names: readonly string[] = program.aliases.map((a) => a.name)): ReadRequest[] {
  const byName = new Map(program.aliases.map((a) => [a.name, a.compiled]));
  const reads: ReadRequest[] = [];
  const visited = new Set<string>();
  const visit = (name: string): void => {
    const compiled = byName.get(name);
    if (!compiled || visited.has(name)) return;
    visited.add(name);
    for (const r of compiled.reads) if (!reads.some((x) => x.name === r.name && x.readAs === r.readAs)) reads.push(r);
    compiled.aliases.forEach(visit);
  };
  names.forEach(visit);
  return reads;
}
