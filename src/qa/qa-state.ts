import type { ExprError } from '../expr/expr-error';
import { allRows } from '../expr/reference';
import { createBandCache, type BandResult } from '../expr/band-cache';
import type { AliasProgram } from '../expr/compile-aliases';
import { compileRules, type CompiledRules } from '../flags/compile-rules';
import { decomposeRun, type RunDecomposition } from '../flags/decompose-run';
import { bandFor, evaluateRules, type RuleEvaluation } from '../flags/evaluate-rules';
import { STATUSES, type FlagLevel, type FlagRule, type Status } from '../flags/flag-rule';
import { formatFinding } from '../flags/format-finding';
import { resolveReference, type ReferenceSpec } from '../flags/reference-set';
import { TRUE } from '../expr/logic';
import type { QaSpec } from '../view/view-qa';
import type { QaTable } from './with-aliases';

/** Name of the rule editor's temporary rule in the table and decompositions. */
export const EDITOR_RULE = 'rule editor';

/** The rule editor's rule: its text and level ('' text: none). */
export interface TemporaryRule {
  text: string;
  level: FlagLevel;
}

/**
 * The QA state of one mounted view: the rules (the view's plus the editor's
 * temporary one) evaluated over the loaded table, each run's status, and the
 * explanation of any run. Recomputing replaces the status array without
 * touching crossfilter; listeners then re-apply the status filter and redraw.
 */
export interface QaState {
  readonly table: QaTable;
  readonly spec: QaSpec;
  /** Status code per row (index into STATUSES), as last computed. */
  status(): Uint8Array;
  /** Problems of the view's own rules (and their reference), one line each. */
  problems(): readonly string[];
  /** Sets the editor's rule; returns its errors (empty when it compiled or is empty). Recomputes when it changed. */
  setTemporaryRule(rule: TemporaryRule): ExprError[];
  /** For a `selection` reference: the runs passing the other filters (1 = in). Recomputes when it changed; true if it did. */
  setSelection(mask: Uint8Array): boolean;
  /** Names of the rules that fired for `row`. */
  firedRules(row: number): string[];
  /** Why `row` has its status: the rules and their deciding sub-conditions. */
  decompose(row: number): RunDecomposition | undefined;
  /** A run's status and the findings of the rules that fired (formatted), for a run panel. */
  describeRunStatus(row: number): { status: Status; findings: string[] } | undefined;
  /** The band of the nsigma whose argument is exactly `column`, when a rule bands it. */
  band(column: string): BandResult | undefined;
  /** Called after each recompute. */
  subscribe(listener: () => void): () => void;
}

/** Evaluates the view's rules over `table` (which holds its aliases already: `program` is their catalog). */
export function createQaState(table: QaTable, spec: QaSpec, program: AliasProgram): QaState {
  const listeners = new Set<() => void>();
  let temporary: TemporaryRule = { text: '', level: 'Warning' };
  let temporaryErrors: ExprError[] = [];
  let mask: Uint8Array | undefined;
  let compiled: CompiledRules;
  let evaluation: RuleEvaluation | undefined;
  let referenceProblems: string[] = [];
  // Sorted reference samples and bands, kept while the reference runs stay the same (a new selection mask drops them).
  let cache = createBandCache();

  const compile = () => {
    const rules: FlagRule[] = [...spec.rules];
    temporaryErrors = [];
    if (temporary.text.trim() !== '') {
      const own = compileRules({ rules: [{ name: EDITOR_RULE, level: temporary.level, expression: temporary.text }] }, program.catalog);
      temporaryErrors = own.problems.flatMap((p) => (p.error ? [p.error] : []));
      if (temporaryErrors.length === 0) rules.push({ name: EDITOR_RULE, level: temporary.level, expression: temporary.text });
    }
    compiled = compileRules({ rules, ...(spec.statisticOK !== undefined ? { statisticOK: spec.statisticOK } : {}) }, program.catalog);
  };
  const evaluate = () => {
    const resolved = resolveReference(referenceSpec(spec, mask, table.size), table);
    referenceProblems = resolved.ok ? resolved.warnings.map((w) => w.message) : resolved.problems.map((p) => p.message);
    evaluation = evaluateRules(compiled, table, resolved.ok ? resolved.reference : allRows(table.size), cache);
    for (const listener of [...listeners]) listener();
  };
  compile();
  evaluate();
  const empty = new Uint8Array(table.size).fill(STATUSES.indexOf('Null'));
  return {
    table,
    spec,
    status: () => evaluation?.status ?? empty,
    problems: () => [
      ...compiled.problems.filter((p) => p.rule !== EDITOR_RULE).map((p) => `${p.rule}: ${p.message}`),
      ...(evaluation?.problems ?? []).map((p) => `${p.rule}: ${p.message}`),
      ...referenceProblems,
    ],
    setTemporaryRule(rule) {
      if (rule.text === temporary.text && rule.level === temporary.level) return temporaryErrors;
      const unchanged = rule.text.trim() === '' && temporary.text.trim() === ''; // no rule either way: only the level changed
      temporary = { ...rule };
      if (unchanged) return temporaryErrors;
      compile();
      evaluate();
      return temporaryErrors;
    },
    setSelection(next) {
      if (spec.reference.kind !== 'selection' || (mask && sameMask(mask, next))) return false;
      mask = next.slice();
      cache = createBandCache();
      evaluate();
      return true;
    },
    firedRules: (row) => (evaluation?.rules ?? []).filter((r) => r.fired[row] === TRUE).map((r) => r.name),
    decompose: (row) => (evaluation ? decomposeRun(compiled, evaluation, table, row) : undefined),
    describeRunStatus(row) {
      if (!evaluation || row < 0 || row >= table.size) return undefined;
      const decomposition = decomposeRun(compiled, evaluation, table, row);
      const findings = decomposition.rules.filter((r) => r.level !== 'statisticOK' && r.result === TRUE).flatMap((r) => r.findings.map(formatFinding));
      return { status: decomposition.status, findings };
    },
    band: (column) => (evaluation ? bandFor(evaluation, column) : undefined),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The flags' reference spec of a view's reference (the selection becomes a row mask). */
export function referenceSpec(spec: QaSpec, mask: Uint8Array | undefined, size: number): ReferenceSpec {
  const reference = spec.reference;
  const groupBy = reference.groupBy !== undefined ? { groupBy: reference.groupBy } : {};
  switch (reference.kind) {
    case 'all':
      return { kind: 'all', ...groupBy };
    case 'selection':
      return { kind: 'mask', mask: mask ?? new Uint8Array(size).fill(1), label: 'the current selection', ...groupBy };
    case 'runs':
      return { kind: 'runs', name: reference.name, runs: reference.runs, ...groupBy };
    case 'category':
      return { kind: 'category', column: reference.column, value: reference.value, ...groupBy };
  }
}

function sameMask(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
