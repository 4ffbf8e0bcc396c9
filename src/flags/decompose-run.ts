import type { ColumnTable } from '../expr/column-table';
import { FALSE, NO_DATA, TRUE, type Logic } from '../expr/logic';
import { traceRow, type TraceNode } from '../expr/trace-row';
import { STATISTIC_OK, type CompiledRules } from './compile-rules';
import type { RuleEvaluation } from './evaluate-rules';
import { STATUSES, type FlagLevel, type Status } from './flag-rule';

/** One nsigma inside a finding, for this run. */
export interface BandValue {
  /** nsigma's argument as written (`tpc.meanMIP`). */
  argument: string;
  nsigma: number;
  centre: number;
  sigma: number;
  /** Reference runs the band used, and the group's label ('' without groups). */
  n: number;
  group: string;
}

/**
 * A sub-condition that decided a rule's result for a run: a comparison,
 * inrange, isnan, text test or boolean alias, with the values it saw.
 */
export interface Finding {
  text: string;
  start: number;
  end: number;
  result: Logic;
  /** '>' '<=' '==' … 'inrange' 'isnan' 'condition' */
  op: string;
  /** The operands as written and their values for the run (comparisons: left, right; inrange: x, lo, hi). */
  operands: Operand[];
  /** For < <= > >=: how far the left operand is past (positive) or short of (negative) the right one, in the direction that fires. */
  margin?: number;
  bands: BandValue[];
}

export interface Operand {
  text: string;
  value: number;
  /** When the operand is nsigma(X) or abs(nsigma(X)): X as written, and whether abs was taken. */
  nsigmaOf?: { argument: string; absolute: boolean };
}

export interface RuleDecomposition {
  name: string;
  level: FlagLevel | 'statisticOK';
  result: Logic;
  /** The sub-conditions that decided `result`: the true ones when it fired, the no-data ones when it had no data, all when false. */
  findings: Finding[];
}

export interface RunDecomposition {
  row: number;
  status: Status;
  nullReason: number;
  /** Every evaluated rule, then statisticOK when there is one. */
  rules: RuleDecomposition[];
}

/**
 * Why a run has its status: each rule re-evaluated for that row alone with
 * tracing (cheap: the bands come from the evaluation's cache), reduced to
 * the sub-conditions that decided it and the values they compared.
 */
export function decomposeRun(compiled: CompiledRules, evaluation: RuleEvaluation, table: ColumnTable, row: number): RunDecomposition {
  const options = { reference: evaluation.reference, cache: evaluation.cache };
  const rules: RuleDecomposition[] = [];
  for (const entry of compiled.rules) {
    if (!evaluation.rules.some((r) => r.name === entry.rule.name)) continue;
    const traced = traceRow(entry.compiled, table, row, { ...options, method: entry.method });
    if (traced.ok) rules.push({ name: entry.rule.name, level: entry.rule.level, result: traced.trace.value as Logic, findings: decisive(traced.trace).map(toFinding) });
  }
  if (compiled.statisticOK && evaluation.statisticOK) {
    const traced = traceRow(compiled.statisticOK, table, row, options);
    if (traced.ok) rules.push({ name: STATISTIC_OK, level: STATISTIC_OK, result: traced.trace.value as Logic, findings: decisive(traced.trace).map(toFinding) });
  }
  return { row, status: STATUSES[evaluation.status[row]], nullReason: evaluation.nullReason[row], rules };
}

/** The atoms (non-logical condition nodes) that decide a condition node's value under three-valued logic. */
export function decisive(node: TraceNode): TraceNode[] {
  switch (node.op) {
    case 'logic': {
      const [a, b] = node.children;
      if (node.value === NO_DATA) return [a, b].filter((c) => c.value === NO_DATA).flatMap(decisive);
      const dominant = node.fn === '||' ? TRUE : FALSE;
      const deciders = [a, b].filter((c) => c.value === dominant);
      return (deciders.length > 0 ? deciders : [a, b]).flatMap(decisive);
    }
    case 'not':
      return decisive(node.children[0]);
    case 'choose': {
      const [test, then, otherwise] = node.children;
      if (test.value === NO_DATA) return decisive(test);
      return [...decisive(test), ...decisive(test.value === TRUE ? then : otherwise)];
    }
    default:
      return [node];
  }
}

function toFinding(node: TraceNode): Finding {
  const operands = node.op === 'condition' || node.op === 'text-equals' ? [] : node.children.map(toOperand);
  const finding: Finding = { text: node.text, start: node.start, end: node.end, result: node.value as Logic, op: node.fn ?? node.op, operands, bands: bandsIn(node) };
  if (node.op === 'compare' && node.fn !== '==' && node.fn !== '!=') {
    const [left, right] = node.children.map((c) => c.value);
    finding.margin = node.fn === '>' || node.fn === '>=' ? left - right : right - left;
  }
  return finding;
}

function toOperand(node: TraceNode): Operand {
  const nsigma = (n: TraceNode) => n.op === 'band' && n.fn === 'nsigma';
  const inner = node.op === 'math' && node.fn === 'abs' && nsigma(node.children[0]) ? node.children[0] : nsigma(node) ? node : undefined;
  if (!inner) return { text: node.text, value: node.value };
  return { text: node.text, value: node.value, nsigmaOf: { argument: inner.children[0].text, absolute: inner !== node } };
}

function bandsIn(node: TraceNode): BandValue[] {
  const own: BandValue[] = node.op === 'band' && node.fn === 'nsigma' && node.reference
    ? [{ argument: node.children[0].text, nsigma: node.value, centre: node.reference.centre, sigma: node.reference.sigma, n: node.reference.n, group: node.reference.label }]
    : [];
  return [...own, ...node.children.flatMap(bandsIn)];
}
