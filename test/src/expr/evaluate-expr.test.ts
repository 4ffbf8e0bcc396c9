import { describe, expect, it } from 'vitest';
import { createBandCache } from '../../../src/expr/band-cache';
import { evaluateExpr, type EvalOptions } from '../../../src/expr/evaluate-expr';
import { exprMessages as msg } from '../../../src/expr/expr-messages';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import type { Reference } from '../../../src/expr/reference';
import { ltmConsistency } from '../../../src/stats/ltm-consistency';
import { plainFinite, plainLtm, plainMad, plainMedian } from '../stats/reference-stats';
import { compileFor, FLAG, fixtureTable, PERIOD_CODES, sameNumbers, X, Y } from './eval-fixture';

function run(source: string, options: EvalOptions = {}, table = fixtureTable()) {
  const result = evaluateExpr(compileFor(source, table), table, options);
  if (!result.ok) throw new Error(result.errors[0].message);
  return result;
}
const numbers = (source: string, options?: EvalOptions) => {
  const r = run(source, options);
  if (r.type !== 'number') throw new Error('not a number expression');
  return [...r.values];
};
const codes = (source: string, options?: EvalOptions) => {
  const r = run(source, options);
  if (r.type !== 'boolean') throw new Error('not a condition');
  return [...r.values];
};
const plainCompare = (holds: (a: number, b: number) => boolean) => X.map((a, i) => (Number.isNaN(a) || Number.isNaN(Y[i]) ? NO_DATA : holds(a, Y[i]) ? TRUE : FALSE));

describe('evaluateExpr: arithmetic against plain loops (NaN propagates, ±Infinity are values)', () => {
  it.each([
    ['x + y', (a: number, b: number) => a + b],
    ['x - y', (a: number, b: number) => a - b],
    ['x * y', (a: number, b: number) => a * b],
    ['x / y', (a: number, b: number) => a / b],
    ['x % y', (a: number, b: number) => a % b],
    ['x - 2.5', (a: number) => a - 2.5],
    ['2.5 - x', (a: number) => 2.5 - a],
    ['-x', (a: number) => -a],
    ['x * 1e300 / y', (a: number, b: number) => (a * 1e300) / b],
  ])('%s', (source, f) => {
    expect(sameNumbers(numbers(source), X.map((a, i) => f(a, Y[i])))).toBe(true);
  });
  it('a constant expression fills every row', () => {
    expect(numbers('2 * 3 - 1')).toEqual(X.map(() => 5));
  });
});

describe('evaluateExpr: comparisons give no data for NaN on either side', () => {
  it.each([
    ['x < y', (a: number, b: number) => a < b], ['x <= y', (a: number, b: number) => a <= b], ['x > y', (a: number, b: number) => a > b],
    ['x >= y', (a: number, b: number) => a >= b], ['x == y', (a: number, b: number) => a === b], ['x != y', (a: number, b: number) => a !== b],
  ])('%s', (source, f) => {
    expect(codes(source)).toEqual(plainCompare(f));
  });
  it('Infinity compares as a number: x > 1e308 holds for +Infinity only', () => {
    expect(codes('x > 1e308')).toEqual(X.map((a) => (Number.isNaN(a) ? NO_DATA : a > 1e308 ? TRUE : FALSE)));
  });
  it('NaN == NaN is no data, not true', () => {
    expect(codes('x == x')[2]).toBe(NO_DATA);
  });
});

describe('evaluateExpr: three-valued logic (Kleene, as SQL)', () => {
  // flag takes every code; (x > 1) gives true, false and no data across rows
  const cmp = X.map((a) => (Number.isNaN(a) ? NO_DATA : a > 1 ? TRUE : FALSE));
  const AND = (a: number, b: number) => (a === FALSE || b === FALSE ? FALSE : a === NO_DATA || b === NO_DATA ? NO_DATA : TRUE);
  const OR = (a: number, b: number) => (a === TRUE || b === TRUE ? TRUE : a === NO_DATA || b === NO_DATA ? NO_DATA : FALSE);
  it('flag && x > 1', () => expect(codes('flag && x > 1')).toEqual(FLAG.map((f, i) => AND(f, cmp[i]))));
  it('flag || x > 1', () => expect(codes('flag || x > 1')).toEqual(FLAG.map((f, i) => OR(f, cmp[i]))));
  it('!flag keeps no data', () => expect(codes('!flag')).toEqual(FLAG.map((f) => (f === NO_DATA ? NO_DATA : 1 - f))));
  it('no data || true is true; no data && false is false; no data || false is no data', () => {
    const row = FLAG.indexOf(NO_DATA);
    expect(codes('flag || 1 > 0')[row]).toBe(TRUE);
    expect(codes('flag && 1 > 2')[row]).toBe(FALSE);
    expect(codes('flag || 1 > 2')[row]).toBe(NO_DATA);
    expect(codes('flag && 1 > 0')[row]).toBe(NO_DATA);
  });
  it('isnan is never no data', () => expect(codes('isnan(x)')).toEqual(X.map((a) => (Number.isNaN(a) ? TRUE : FALSE))));
  it('inrange(x, -1, 2) is closed and gives no data for NaN', () => {
    expect(codes('inrange(x, -1, 2)')).toEqual(X.map((a) => (Number.isNaN(a) ? NO_DATA : a >= -1 && a <= 2 ? TRUE : FALSE)));
    expect(codes('inrange(x, y, 3)')).toEqual(X.map((a, i) => (Number.isNaN(a) || Number.isNaN(Y[i]) ? NO_DATA : a >= Y[i] && a <= 3 ? TRUE : FALSE)));
  });
  it('a ?: with a no-data test gives no data, for numbers and conditions', () => {
    expect(sameNumbers(numbers('flag ? x : y'), FLAG.map((f, i) => (f === TRUE ? X[i] : f === FALSE ? Y[i] : NaN)))).toBe(true);
    expect(codes('flag ? x > 0 : y > 0')).toEqual(FLAG.map((f, i) => (f === NO_DATA ? NO_DATA : f === TRUE ? plainCompare(() => false).map((_, k) => (Number.isNaN(X[k]) ? NO_DATA : X[k] > 0 ? 1 : 0))[i] : Number.isNaN(Y[i]) ? NO_DATA : Y[i] > 0 ? 1 : 0)));
  });
});

describe('evaluateExpr: functions', () => {
  it.each([
    ['abs(x)', (a: number) => Math.abs(a)], ['sqrt(x)', (a: number) => Math.sqrt(a)], ['log(x)', (a: number) => Math.log(a)], ['exp(x)', (a: number) => Math.exp(a)],
    ['pow(x, y)', (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : a ** b)],
    ['pow(x, 0)', (a: number) => (Number.isNaN(a) ? NaN : 1)],
    ['min(x, y)', (a: number, b: number) => Math.min(a, b)], ['max(x, y, 0)', (a: number, b: number) => Math.max(a, b, 0)],
  ])('%s', (source, f) => {
    expect(sameNumbers(numbers(source), X.map((a, i) => f(a, Y[i])))).toBe(true);
  });
});

describe('evaluateExpr: text columns', () => {
  it('rct.period == "LHC18b": one lookup per code, missing is no data', () => {
    expect(codes('rct.period == "LHC18b"')).toEqual(PERIOD_CODES.map((c) => (c === 2 ? NO_DATA : c === 0 ? TRUE : FALSE)));
    expect(codes('"LHC18b" != rct.period')).toEqual(PERIOD_CODES.map((c) => (c === 2 ? NO_DATA : c === 0 ? FALSE : TRUE)));
  });
  it('a string that is no value of the column is false (missing still no data) with a warning naming the closest values', () => {
    const r = run('rct.period == "LHC18x"');
    expect([...r.values]).toEqual(PERIOD_CODES.map((c) => (c === 2 ? NO_DATA : FALSE)));
    expect(r.warnings).toEqual([{
      kind: 'unknown-value', message: msg.unknownValue('rct.period', 'LHC18x', ['LHC18b', 'LHC18c']), source: 'rct.period == "LHC18x"', start: 0, end: 22, suggestions: ['LHC18b', 'LHC18c'],
    }]);
  });
  it('a missing value (null in the dictionary) is no data whatever the string, "(missing)" included', () => {
    expect(codes('rct.period == "(missing)"').filter((c, i) => PERIOD_CODES[i] === 2)).toEqual([NO_DATA, NO_DATA]);
  });
  it('a value spelled "(missing)" is a value like any other', () => {
    const table = fixtureTable();
    const spelled = { ...table, categories: new Map([['rct.period', { codes: Uint32Array.from(PERIOD_CODES), dictionary: ['LHC18b', '(missing)', null] }]]) };
    const r = evaluateExpr(compileFor('rct.period == "(missing)"', spelled), spelled);
    expect(r.ok && [...r.values]).toEqual(PERIOD_CODES.map((c) => (c === 2 ? NO_DATA : c === 1 ? TRUE : FALSE)));
  });
});

describe('evaluateExpr: band helpers over the reference set', () => {
  const finite = plainFinite(X);
  it('nsigma by median and 1.4826·MAD over all runs, NaN in, NaN out', () => {
    const centre = plainMedian(X);
    const sigma = 1.4826 * plainMad(X);
    const r = run('nsigma(x)');
    expect(sameNumbers(r.values, X.map((a) => (a - centre) / sigma))).toBe(true);
    expect(r.bands).toEqual([{ argument: 'x', column: 'x', method: { kind: 'median-mad' }, groups: [{ method: { kind: 'median-mad' }, centre, sigma, n: finite.length, label: '' }] }]);
  });
  it('nsigma by the ALICE LTM over 80 % (±Infinity left out of the reference)', () => {
    const h = Math.ceil(0.8 * finite.length);
    const { mean, rms } = plainLtm(X, h);
    const sigma = rms * ltmConsistency(h / finite.length);
    const values = numbers('nsigma(x)', { method: { kind: 'ltm', fraction: 0.8 } });
    values.forEach((v, i) => {
      if (Number.isFinite(X[i])) expect(v).toBeCloseTo((X[i] - mean) / sigma, 12);
      else expect(v).toBe((X[i] - mean) / sigma);
    });
  });
  it('median, mean and rms broadcast the reference statistic to every run', () => {
    expect(numbers('median(x)')).toEqual(X.map(() => plainMedian(X)));
    const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
    expect(numbers('mean(x)')).toEqual(X.map(() => mean));
    const rms = Math.sqrt(finite.reduce((a, b) => a + (b - mean) ** 2, 0) / (finite.length - 1));
    numbers('rms(x)').forEach((v) => expect(v).toBeCloseTo(rms, 9));
  });
  it('MAD = 0 (most reference values equal): 0 at the centre, ±Infinity elsewhere, no data for NaN', () => {
    const reference: Reference = { rows: Uint32Array.from([0, 5, 10, 1, 7]) }; // x = 1, 0, −0, 2, 2: median 1, deviations 0, 1, 1, 1, 1, MAD 1
    expect(numbers('nsigma(x)', { reference }).slice(0, 2)).toEqual([0, 1 / 1.4826]);
    const tied: Reference = { rows: Uint32Array.from([1, 7, 11, 0]) }; // 2, 2, 2, 1 → median 2, MAD 0
    const r = numbers('nsigma(x)', { reference: tied });
    expect(sameNumbers(r, X.map((a) => (Number.isNaN(a) ? NaN : a === 2 ? 0 : a > 2 ? Infinity : -Infinity)))).toBe(true);
    expect(codes('abs(nsigma(x)) > 6', { reference: tied })).toEqual(X.map((a) => (Number.isNaN(a) ? NO_DATA : a === 2 ? FALSE : TRUE)));
  });
  it('a reference set of one run: centre = its value, σ unknown, so nsigma is no data everywhere', () => {
    const one: Reference = { rows: Uint32Array.from([8]) };
    expect(numbers('median(x)', { reference: one })).toEqual(X.map(() => 5));
    expect(numbers('nsigma(x)', { reference: one }).every(Number.isNaN)).toBe(true);
    expect(codes('abs(nsigma(x)) > 3', { reference: one })).toEqual(X.map(() => NO_DATA));
    expect(numbers('rms(x)', { reference: one }).every(Number.isNaN)).toBe(true);
  });
  it('an empty reference set: every band helper is no data, never "good"', () => {
    const none: Reference = { rows: new Uint32Array(0) };
    for (const f of ['nsigma', 'median', 'mean', 'rms']) expect(numbers(`${f}(x)`, { reference: none }).every(Number.isNaN)).toBe(true);
    expect(codes('abs(nsigma(x)) < 3', { reference: none })).toEqual(X.map(() => NO_DATA));
    const allMissing: Reference = { rows: Uint32Array.from([2, 3, 4]) }; // NaN, ±Infinity only
    expect(numbers('nsigma(x)', { reference: allMissing }).every(Number.isNaN)).toBe(true);
  });
  it('groups: each run against its own group; runs in no group get no data', () => {
    const of = Int32Array.from(PERIOD_CODES.map((c) => (c === 2 ? -1 : c)));
    const reference: Reference = { rows: Uint32Array.from(X.map((_, i) => i)), groups: { of, labels: ['LHC18b', 'LHC18c'] } };
    const inGroup = (g: number) => X.filter((_, i) => of[i] === g);
    const got = numbers('median(x)', { reference });
    expect(got).toEqual(X.map((_, i) => (of[i] < 0 ? NaN : plainMedian(inGroup(of[i])))));
    const r = run('nsigma(x)', { reference });
    const bands = [0, 1].map((g) => ({ centre: plainMedian(inGroup(g)), sigma: 1.4826 * plainMad(inGroup(g)) }));
    expect(bands[1].sigma).toBe(0); // LHC18c: −3, 2, 2 → MAD 0
    const expected = X.map((a, i) => {
      if (of[i] < 0) return NaN;
      const { centre, sigma } = bands[of[i]];
      if (sigma > 0 || Number.isNaN(a)) return (a - centre) / sigma;
      return a === centre ? 0 : a > centre ? Infinity : -Infinity;
    });
    expect(sameNumbers(r.values, expected)).toBe(true);
    expect(r.bands[0].groupOf).toBe(of);
    expect(r.bands[0].groups.map((g) => g.label)).toEqual(['LHC18b', 'LHC18c']);
  });
  it('the reference set is a subset: values of runs outside it do not move the band, and they still get an nsigma', () => {
    const reference: Reference = { rows: Uint32Array.from([0, 1, 6, 8]) }; // 1, 2, −3, 5
    const centre = plainMedian([1, 2, -3, 5]);
    const sigma = 1.4826 * plainMad([1, 2, -3, 5]);
    expect(sameNumbers(numbers('nsigma(x)', { reference }), X.map((a) => (a - centre) / sigma))).toBe(true);
  });
  it('an nsigma argument can be any expression; equal arguments share one band through a cache', () => {
    const cache = createBandCache();
    const a = run('nsigma(x / 2) > 1', { cache });
    const b = run('nsigma((x/2)) < -1', { cache });
    expect(a.bands[0]).toBe(b.bands[0]);
    expect(a.bands[0]).toMatchObject({ argument: 'x / 2' });
    expect(a.bands[0].column).toBeUndefined();
  });
});

describe('evaluateExpr: columns not loaded', () => {
  it('is an unread-column error at the first use of each missing column, evaluating nothing', () => {
    const full = fixtureTable();
    const compiled = compileFor('x > 1 && y < 2 && x < 9', full);
    const result = evaluateExpr(compiled, { ...full, numbers: new Map([['y', full.numbers.get('y')!]]) });
    expect(result).toEqual({ ok: false, errors: [{ kind: 'unread-column', message: msg.unreadColumn('x'), source: compiled.source, start: 0, end: 1 }] });
  });
});
