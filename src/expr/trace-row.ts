import { mean } from '../stats/mean';
import { medianOfSorted } from '../stats/median';
import { rms } from '../stats/rms';
import { methodKey, referenceBand, referenceSamples, createBandCache } from './band-cache';
import { isMissingCode, type ColumnTable } from './column-table';
import type { CompiledExpr } from './compile-expr';
import type { ExprError } from './expr-error';
import { DEFAULT_METHOD, VectorEvaluator, type EvalOptions } from './evaluate-expr';
import { and, FALSE, NO_DATA, not, or, TRUE } from './logic';
import { arithmetic, compare, inRange, mathFunction, nsigmaValue } from './numeric-kernels';
import { planChildren, type NumberPlan, type Plan } from './plan';
import { allRows } from './reference';
import { missingColumns } from './table-access';
import { materialiseNumber } from './vector-kernels';

/** One node of an expression evaluated for one run: its text, its value, its operands' traces. */
export interface TraceNode {
  /** The node's text in the source, as the user wrote it. */
  text: string;
  start: number;
  end: number;
  op: Plan['op'];
  /** Operator or function: '>', '&&', 'nsigma', 'abs'… */
  fn?: string;
  type: 'number' | 'boolean';
  /** The number (NaN: no data), or the logic code for a condition. */
  value: number;
  children: TraceNode[];
  /** Band helpers: the reference statistics used for this run (its group's). */
  reference?: { label: string; n: number; centre: number; sigma: number };
}

export type TraceResult = { ok: true; trace: TraceNode } | { ok: false; errors: ExprError[] };

/**
 * Evaluates a compiled expression for one row, recording every node's value,
 * so a comparison shows what it compared. Gives the same values as
 * evaluateExpr for that row. Band statistics come from `options.cache` when
 * the vectorised evaluation filled it (cheap), else they are computed.
 */
export function traceRow(compiled: CompiledExpr, table: ColumnTable, row: number, options: EvalOptions = {}): TraceResult {
  const errors = missingColumns(compiled, table);
  if (errors.length > 0) return { ok: false, errors };
  const context = { ...options, cache: options.cache ?? createBandCache() };
  return { ok: true, trace: traceNode(compiled.plan, compiled.source, table, row, context) };
}

type Context = EvalOptions & { cache: NonNullable<EvalOptions['cache']> };

function traceNode(plan: Plan, source: string, table: ColumnTable, row: number, context: Context): TraceNode {
  const children = planChildren(plan).map((child) => traceNode(child, source, table, row, context));
  const v = children.map((c) => c.value);
  const base = { text: source.slice(plan.node.start, plan.node.end), start: plan.node.start, end: plan.node.end, op: plan.op, type: plan.type, children };
  switch (plan.op) {
    case 'constant':
      return { ...base, value: plan.value };
    case 'column':
      return { ...base, value: table.numbers.get(plan.name)!.values[row] };
    case 'condition':
      return { ...base, value: table.conditions!.get(plan.name)!.values[row] };
    case 'negate':
      return { ...base, fn: '-', value: -v[0] };
    case 'not':
      return { ...base, fn: '!', value: not(v[0]) };
    case 'arithmetic':
      return { ...base, fn: plan.fn, value: arithmetic(plan.fn, v[0], v[1]) };
    case 'compare':
      return { ...base, fn: plan.fn, value: compare(plan.fn, v[0], v[1]) };
    case 'logic':
      return { ...base, fn: plan.fn, value: plan.fn === '&&' ? and(v[0], v[1]) : or(v[0], v[1]) };
    case 'math':
      return { ...base, fn: plan.fn, value: mathFunction(plan.fn, v) };
    case 'isnan':
      return { ...base, fn: 'isnan', value: v[0] !== v[0] ? TRUE : FALSE };
    case 'inrange':
      return { ...base, fn: 'inrange', value: inRange(v[0], v[1], v[2]) };
    case 'choose':
      return { ...base, fn: '?:', value: v[0] === TRUE ? v[1] : v[0] === FALSE ? v[2] : plan.type === 'number' ? NaN : NO_DATA };
    case 'text-equals': {
      const { codes, dictionary } = table.categories.get(plan.column)!;
      const code = codes[row];
      const value = isMissingCode(code, dictionary) ? NO_DATA : (dictionary[code] === plan.value) !== plan.negate ? TRUE : FALSE;
      return { ...base, fn: plan.negate ? '!=' : '==', value };
    }
    case 'band':
      return traceBand(plan, base, v[0], source, table, row, context);
  }
}

function traceBand(
  plan: NumberPlan & { op: 'band' }, base: Omit<TraceNode, 'value'>, x: number, source: string, table: ColumnTable, row: number, context: Context,
): TraceNode {
  const reference = context.reference ?? allRows(table.size);
  const g = reference.groups ? reference.groups.of[row] : 0;
  const label = reference.groups && g >= 0 ? reference.groups.labels[g] : '';
  const argument = () => materialiseNumber(new VectorEvaluator(source, table, context).number(plan.arg), table.size);
  if (plan.fn === 'nsigma') {
    const method = context.method ?? DEFAULT_METHOD;
    const cached = context.cache.bands.get(`${methodKey(method)}|${plan.key}`);
    const band = cached ?? referenceBand(context.cache, plan.key, plan.arg.op === 'column' ? plan.arg.name : undefined, argument(), reference, method);
    if (g < 0) return { ...base, fn: plan.fn, value: NaN, reference: { label, n: 0, centre: NaN, sigma: NaN } };
    const { centre, sigma, n } = band.groups[g];
    return { ...base, fn: plan.fn, value: nsigmaValue(x, centre, sigma), reference: { label, n, centre, sigma } };
  }
  const samples = context.cache.samples.get(plan.key) ?? referenceSamples(context.cache, plan.key, argument(), reference);
  if (g < 0) return { ...base, fn: plan.fn, value: NaN, reference: { label, n: 0, centre: NaN, sigma: NaN } };
  const stat = plan.fn === 'median' ? medianOfSorted : plan.fn === 'mean' ? mean : rms;
  const value = stat(samples[g]);
  return { ...base, fn: plan.fn, value, reference: { label, n: samples[g].length, centre: value, sigma: NaN } };
}
