import type { ReadRequest } from '../data/typed-table';
import type { ColumnCatalog } from '../expr/column-table';
import { compileExpr, type CompiledExpr } from '../expr/compile-expr';
import { exprError, type ExprError } from '../expr/expr-error';
import { LTM_FRACTION, type BandMethod } from '../stats/robust-band';
import { flagMessages as msg } from './flag-messages';
import { isFlagLevel, RULE_METHODS, type FlagRule, type RuleMethod, type RuleSet } from './flag-rule';

/** A rule that compiled, with its estimator resolved. */
export interface CompiledRule {
  rule: FlagRule;
  compiled: CompiledExpr;
  method: BandMethod;
}

/**
 * A problem with one rule (or with statisticOK, rule name 'statisticOK'):
 * which field, the message, and for the expression the located error (with
 * its caret line).
 */
export interface RuleProblem {
  kind: 'rule';
  rule: string;
  field: 'name' | 'level' | 'method' | 'fraction' | 'expression';
  message: string;
  error?: ExprError;
}

export interface CompiledRules {
  rules: CompiledRule[];
  statisticOK?: CompiledExpr;
  problems: RuleProblem[];
  /** Data columns every rule and statisticOK need, each once. */
  reads: ReadRequest[];
}

/** Name used for statisticOK in problems and decompositions. */
export const STATISTIC_OK = 'statisticOK';

/**
 * Checks a rule set against a catalog: unique non-empty names, a known level,
 * method and fraction, and an expression that compiles to a condition. Rules
 * with problems are left out (and reported); the others still evaluate.
 */
export function compileRules(ruleSet: RuleSet, catalog: ColumnCatalog): CompiledRules {
  const problems: RuleProblem[] = [];
  const rules: CompiledRule[] = [];
  const seen = new Set<string>();
  for (const rule of ruleSet.rules) {
    const fail = (field: RuleProblem['field'], message: string) => problems.push({ kind: 'rule', rule: rule.name, field, message });
    if (rule.name.trim() === '') fail('name', msg.emptyRuleName());
    else if (seen.has(rule.name)) fail('name', msg.duplicateRule(rule.name));
    else if (!isFlagLevel(rule.level)) fail('level', msg.badLevel(String(rule.level)));
    else {
      const method = toMethod(rule.method ?? ruleSet.method, rule.fraction ?? ruleSet.fraction);
      if ('problem' in method) fail(method.problem, method.message);
      else {
        const compiled = compileCondition(rule.expression, catalog, msg.notCondition());
        if ('errors' in compiled) problems.push(...compiled.errors.map((error) => expressionProblem(rule.name, error)));
        else rules.push({ rule, compiled: compiled.compiled, method });
      }
    }
    seen.add(rule.name);
  }
  let statisticOK: CompiledExpr | undefined;
  if (ruleSet.statisticOK !== undefined) {
    const compiled = compileCondition(ruleSet.statisticOK, catalog, msg.statisticNotCondition());
    if ('errors' in compiled) problems.push(...compiled.errors.map((error) => expressionProblem(STATISTIC_OK, error)));
    else statisticOK = compiled.compiled;
  }
  const reads: ReadRequest[] = [];
  for (const c of [...rules.map((r) => r.compiled), ...(statisticOK ? [statisticOK] : [])]) {
    for (const r of c.reads) if (!reads.some((x) => x.name === r.name && x.readAs === r.readAs)) reads.push(r);
  }
  return { rules, ...(statisticOK ? { statisticOK } : {}), problems, reads };
}

function expressionProblem(rule: string, error: ExprError): RuleProblem {
  return { kind: 'rule', rule, field: 'expression', message: error.message, error };
}

function compileCondition(source: string, catalog: ColumnCatalog, notCondition: string): { compiled: CompiledExpr } | { errors: ExprError[] } {
  const result = compileExpr(source, catalog);
  if (!result.ok) return { errors: result.errors };
  if (result.compiled.type !== 'boolean') return { errors: [exprError('type', notCondition, source, 0, source.length)] };
  return { compiled: result.compiled };
}

/** The BandMethod of a rule, or which field is wrong and why. */
function toMethod(method: RuleMethod | undefined, fraction: number | undefined): BandMethod | { problem: 'method' | 'fraction'; message: string } {
  if (method !== undefined && !RULE_METHODS.includes(method)) return { problem: 'method', message: msg.badMethod(String(method)) };
  if (method !== 'ltm') return { kind: 'median-mad' };
  const f = fraction ?? LTM_FRACTION;
  if (typeof f !== 'number' || !(f >= 0.5 && f <= 1)) return { problem: 'fraction', message: msg.badFraction(f) };
  return { kind: 'ltm', fraction: f };
}
