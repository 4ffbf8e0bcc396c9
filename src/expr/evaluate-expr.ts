import { mean } from '../stats/mean';
import { medianOfSorted } from '../stats/median';
import { rms } from '../stats/rms';
import type { BandMethod } from '../stats/robust-band';
import { createBandCache, referenceBand, referenceSamples, type BandCache, type BandResult } from './band-cache';
import type { ColumnTable } from './column-table';
import type { CompiledExpr } from './compile-expr';
import type { ExprError } from './expr-error';
import { and, logicVector, notVector, or } from './logic';
import { inRange, mathFunction, nsigmaValue } from './numeric-kernels';
import type { LogicPlan, NumberPlan } from './plan';
import { allRows, type Reference } from './reference';
import { missingColumns, textEquals } from './table-access';
import {
  arithmeticVector, chooseLogicVector, chooseNumberVector, compareVector, materialiseLogic, materialiseNumber, type LogicVec, type NumVec,
} from './vector-kernels';

export interface EvalOptions {
  /** Runs the band helpers compute over; default every row, one group. */
  reference?: Reference;
  /** How nsigma estimates centre and σ; default median and 1.4826·MAD. */
  method?: BandMethod;
  /** Share between expressions evaluated over the same table and reference. */
  cache?: BandCache;
}

export type EvalResult =
  | { ok: true; type: 'number'; values: Float64Array; bands: BandResult[]; warnings: ExprError[] }
  | { ok: true; type: 'boolean'; values: Uint8Array; bands: BandResult[]; warnings: ExprError[] }
  | { ok: false; errors: ExprError[] };

export const DEFAULT_METHOD: BandMethod = { kind: 'median-mad' };

/**
 * Evaluates a compiled expression over every row of `table`, one operation
 * at a time over whole columns (a loop per node, no per-row closures).
 * Numbers come back as a Float64Array (NaN = no data), conditions as logic
 * codes (logic.ts). `bands` lists the reference band of each nsigma argument;
 * `warnings` holds strings that match no value of their text column. Columns
 * the expression reads but the table lacks are 'unread-column' errors.
 */
export function evaluateExpr(compiled: CompiledExpr, table: ColumnTable, options: EvalOptions = {}): EvalResult {
  const errors = missingColumns(compiled, table);
  if (errors.length > 0) return { ok: false, errors };
  const run = new VectorEvaluator(compiled.source, table, options);
  if (compiled.plan.type === 'number') {
    const values = materialiseNumber(run.number(compiled.plan), table.size);
    return { ok: true, type: 'number', values, bands: run.bands, warnings: run.warnings };
  }
  const values = materialiseLogic(run.logic(compiled.plan), table.size);
  return { ok: true, type: 'boolean', values, bands: run.bands, warnings: run.warnings };
}

/** Evaluates plan nodes over whole columns; scalars stay scalars until mixed with a column. */
export class VectorEvaluator {
  readonly bands: BandResult[] = [];
  readonly warnings: ExprError[] = [];
  private readonly n: number;
  private readonly reference: Reference;
  private readonly method: BandMethod;
  private readonly cache: BandCache;

  constructor(private readonly source: string, private readonly table: ColumnTable, options: EvalOptions) {
    this.n = table.size;
    this.reference = options.reference ?? allRows(table.size);
    this.method = options.method ?? DEFAULT_METHOD;
    this.cache = options.cache ?? createBandCache();
  }

  number(plan: NumberPlan): NumVec {
    switch (plan.op) {
      case 'constant':
        return plan.value;
      case 'column':
        return this.table.numbers.get(plan.name)!.values;
      case 'negate': {
        const a = this.number(plan.arg);
        if (typeof a === 'number') return -a;
        const out = new Float64Array(this.n);
        for (let i = 0; i < this.n; i++) out[i] = -a[i];
        return out;
      }
      case 'arithmetic':
        return arithmeticVector(plan.fn, this.number(plan.left), this.number(plan.right), this.n);
      case 'math':
        return this.math(plan);
      case 'band':
        return this.band(plan);
      case 'choose':
        return chooseNumberVector(this.logic(plan.test), this.number(plan.then), this.number(plan.otherwise), this.n);
    }
  }

  logic(plan: LogicPlan): LogicVec {
    switch (plan.op) {
      case 'condition':
        return this.table.conditions!.get(plan.name)!.values;
      case 'not':
        return notVector(this.logic(plan.arg), this.n);
      case 'logic': {
        const a = this.logic(plan.left);
        const b = this.logic(plan.right);
        if (typeof a === 'number' && typeof b === 'number') return plan.fn === '&&' ? and(a, b) : or(a, b);
        return logicVector(plan.fn, a, b, this.n);
      }
      case 'compare':
        return compareVector(plan.fn, this.number(plan.left), this.number(plan.right), this.n);
      case 'text-equals':
        return textEquals(plan, this.table, this.source, this.warnings);
      case 'isnan': {
        const a = this.number(plan.arg);
        if (typeof a === 'number') return a !== a ? 1 : 0;
        const out = new Uint8Array(this.n);
        for (let i = 0; i < this.n; i++) out[i] = a[i] !== a[i] ? 1 : 0;
        return out;
      }
      case 'inrange': {
        const [x, lo, hi] = [plan.x, plan.lo, plan.hi].map((p) => this.number(p));
        if (typeof x === 'number' && typeof lo === 'number' && typeof hi === 'number') return inRange(x, lo, hi);
        const [X, L, H] = [x, lo, hi].map((v) => materialiseNumber(v, this.n));
        const out = new Uint8Array(this.n);
        for (let i = 0; i < this.n; i++) out[i] = inRange(X[i], L[i], H[i]);
        return out;
      }
      case 'choose':
        return chooseLogicVector(this.logic(plan.test), this.logic(plan.then), this.logic(plan.otherwise), this.n);
    }
  }




  private math(plan: NumberPlan & { op: 'math' }): NumVec {
    const args = plan.args.map((p) => this.number(p));
    if (args.every((a) => typeof a === 'number')) return mathFunction(plan.fn, args as number[]);
    const arrays = args.map((a) => materialiseNumber(a, this.n));
    const out = new Float64Array(this.n);
    const n = this.n;
    const [A, B] = arrays;
    switch (plan.fn) {
      case 'abs': for (let i = 0; i < n; i++) out[i] = Math.abs(A[i]); break;
      case 'sqrt': for (let i = 0; i < n; i++) out[i] = Math.sqrt(A[i]); break;
      case 'log': for (let i = 0; i < n; i++) out[i] = Math.log(A[i]); break;
      case 'exp': for (let i = 0; i < n; i++) out[i] = Math.exp(A[i]); break;
      case 'pow': for (let i = 0; i < n; i++) out[i] = mathFunction('pow', [A[i], B[i]]); break;
      case 'min':
      case 'max': {
        const pick = plan.fn === 'min' ? Math.min : Math.max;
        out.set(A);
        for (let k = 1; k < arrays.length; k++) { const C = arrays[k]; for (let i = 0; i < n; i++) out[i] = pick(out[i], C[i]); }
        break;
      }
    }
    return out;
  }

  private band(plan: NumberPlan & { op: 'band' }): NumVec {
    const x = materialiseNumber(this.number(plan.arg), this.n);
    const groupOf = this.reference.groups?.of;
    if (plan.fn === 'nsigma') {
      const column = plan.arg.op === 'column' ? plan.arg.name : undefined;
      const band = referenceBand(this.cache, plan.key, column, x, this.reference, this.method);
      if (!this.bands.includes(band)) this.bands.push(band);
      const centres = Float64Array.from(band.groups, (g) => g.centre);
      const sigmas = Float64Array.from(band.groups, (g) => g.sigma);
      const out = new Float64Array(this.n);
      for (let i = 0; i < this.n; i++) {
        const g = groupOf ? groupOf[i] : 0;
        out[i] = g < 0 ? NaN : nsigmaValue(x[i], centres[g], sigmas[g]);
      }
      return out;
    }
    const stat = plan.fn === 'median' ? medianOfSorted : plan.fn === 'mean' ? mean : rms;
    const perGroup = referenceSamples(this.cache, plan.key, x, this.reference).map((sorted) => stat(sorted));
    if (!groupOf) return perGroup[0];
    const out = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = groupOf[i] < 0 ? NaN : perGroup[groupOf[i]];
    return out;
  }


}
