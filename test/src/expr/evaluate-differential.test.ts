/**
 * The vectorised evaluator and the one-row tracer against a plain per-row
 * interpreter written in the test, on seeded random expressions of every
 * construct over columns holding NaN, ±Infinity, zeros and ties.
 */
import { describe, expect, it } from 'vitest';
import { createBandCache } from '../../../src/expr/band-cache';
import { catalogFromTable, type ColumnTable } from '../../../src/expr/column-table';
import { compileExpr } from '../../../src/expr/compile-expr';
import { evaluateExpr } from '../../../src/expr/evaluate-expr';
import { parse } from '../../../src/expr/parse';
import { traceRow } from '../../../src/expr/trace-row';
import type { Reference } from '../../../src/expr/reference';
import { createRng, type Rng } from '../../../scripts/demo/prng';
import { interpret, type Data } from './row-interpreter';

const N = 24;
const CODE = { F: 0, T: 1, N: 2 } as const;
const LITERALS = ['0', '1', '2', '0.5', '3', '1e300', '6'];

function genNumber(rng: Rng, depth: number): string {
  if (depth <= 0 || rng.chance(0.25)) return rng.chance(0.6) ? rng.pick(['x', 'y', 'z']) : rng.pick(LITERALS);
  const a = () => genNumber(rng, depth - 1);
  switch (rng.int(0, 6)) {
    case 0: return `-(${a()})`;
    case 1: return `(${a()}) ${rng.pick(['+', '-', '*', '/', '%'])} (${a()})`;
    case 2: return `${rng.pick(['abs', 'sqrt', 'log', 'exp'])}(${a()})`;
    case 3: return `${rng.pick(['pow', 'min', 'max'])}(${a()}, ${a()})`;
    case 4: return `${rng.pick(['nsigma', 'nsigma', 'median', 'mean', 'rms'])}(${a()})`;
    case 5: return `(${genCondition(rng, depth - 1)}) ? (${a()}) : (${a()})`;
    default: return `max(${a()}, ${a()}, ${a()})`;
  }
}

function genCondition(rng: Rng, depth: number): string {
  const n = () => genNumber(rng, depth - 1);
  const c = () => genCondition(rng, depth - 1);
  if (depth <= 0 || rng.chance(0.2)) return rng.pick(['flag', 'rct.period == "LHC18b"', 'rct.period != "LHC18c"', `x > ${rng.pick(LITERALS)}`]);
  switch (rng.int(0, 6)) {
    case 0: return `!(${c()})`;
    case 1: return `(${c()}) ${rng.pick(['&&', '||'])} (${c()})`;
    case 2: return `(${n()}) ${rng.pick(['<', '<=', '>', '>=', '==', '!='])} (${n()})`;
    case 3: return `isnan(${n()})`;
    case 4: return `inrange(${n()}, ${n()}, ${n()})`;
    case 5: return `(${c()}) ? (${c()}) : (${c()})`;
    default: return `abs(nsigma(${n()})) > ${rng.pick(['3', '6', '0'])}`;
  }
}

function randomData(rng: Rng): { table: ColumnTable; data: Omit<Data, 'reference' | 'groupOf' | 'method'> } {
  const value = () => (rng.chance(0.1) ? rng.pick([NaN, Infinity, -Infinity, 0, -0]) : rng.int(-6, 12) / 2);
  const cols = { x: Array.from({ length: N }, value), y: Array.from({ length: N }, value), z: Array.from({ length: N }, () => (rng.chance(0.5) ? 2 : value())) };
  const flags = Array.from({ length: N }, () => rng.pick(['T', 'F', 'N'] as const));
  const texts = Array.from({ length: N }, () => rng.pick(['LHC18b', 'LHC18c', 'LHC18d', null]));
  const dictionary = ['LHC18b', 'LHC18c', 'LHC18d', null];
  const table: ColumnTable = {
    size: N,
    numbers: new Map(Object.entries(cols).map(([k, v]) => [k, { values: Float64Array.from(v) }])),
    categories: new Map([['rct.period', { codes: Uint32Array.from(texts.map((t) => dictionary.indexOf(t))), dictionary }]]),
    conditions: new Map([['flag', { values: Uint8Array.from(flags.map((f) => CODE[f])) }]]),
  };
  return { table, data: { size: N, numbers: cols, texts: { 'rct.period': texts }, conditions: { flag: flags } } };
}

describe('evaluateExpr and traceRow agree with a plain per-row interpreter', () => {
  it('on 3,000 seeded random expressions, every row, with random reference sets, groups and both band methods', () => {
    const rng = createRng(77, 'expr-differential');
    let rowsChecked = 0;
    for (let k = 0; k < 3000; k++) {
      const { table, data } = randomData(rng);
      const source = rng.chance(0.5) ? genNumber(rng, rng.int(1, 4)) : genCondition(rng, rng.int(1, 4));
      const rows = Array.from({ length: N }, (_, i) => i).filter(() => rng.chance(rng.pick([0.05, 0.5, 1])));
      const grouped = rng.chance(0.3);
      const groupOf = Array.from({ length: N }, () => (rng.chance(0.1) ? null : rng.int(0, 2)));
      const method = rng.pick([{ kind: 'median-mad' } as const, { kind: 'ltm', fraction: 0.8 } as const, { kind: 'ltm', fraction: 0.5 } as const, { kind: 'ltm', fraction: 1 } as const]);
      const reference: Reference = {
        rows: Uint32Array.from(rows),
        ...(grouped ? { groups: { of: Int32Array.from(groupOf.map((g) => g ?? -1)), labels: ['a', 'b', 'c'] } } : {}),
      };
      const compiled = compileExpr(source, catalogFromTable(table));
      if (!compiled.ok) throw new Error(`${source}: ${compiled.errors[0].message}`);
      const cache = createBandCache();
      const result = evaluateExpr(compiled.compiled, table, { reference, method, cache });
      if (!result.ok) throw new Error(result.errors[0].message);
      const ast = parse(source);
      if (!ast.ok) throw new Error('unparsed');
      const full: Data = { ...data, reference: rows, ...(grouped ? { groupOf } : {}), method };
      const traced = rng.int(0, N - 1);
      for (let row = 0; row < N; row++) {
        const want = interpret(ast.ast, row, full);
        const got = result.values[row];
        const expected = typeof want === 'number' ? want : CODE[want];
        if (!Object.is(got, expected)) throw new Error(`${source} row ${row}: got ${Object.is(got, -0) ? '-0' : got}, want ${Object.is(expected, -0) ? '-0' : expected}; ${JSON.stringify({ x: data.numbers.x[row], y: data.numbers.y[row], z: data.numbers.z[row], rows, grouped, g: groupOf[row], method })}`);
        if (row === traced) {
          const trace = traceRow(compiled.compiled, table, row, { reference, method, cache });
          if (!trace.ok || !Object.is(trace.trace.value, expected)) throw new Error(`trace of ${source} row ${row}: ${trace.ok ? trace.trace.value : 'error'} vs ${expected}`);
        }
        rowsChecked++;
      }
    }
    expect(rowsChecked).toBe(3000 * N);
  }, 300_000);
});
