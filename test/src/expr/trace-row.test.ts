import { describe, expect, it } from 'vitest';
import { createBandCache } from '../../../src/expr/band-cache';
import { evaluateExpr } from '../../../src/expr/evaluate-expr';
import { exprMessages as msg } from '../../../src/expr/expr-messages';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import type { Reference } from '../../../src/expr/reference';
import { traceRow, type TraceNode } from '../../../src/expr/trace-row';
import { plainMad, plainMedian } from '../stats/reference-stats';
import { compileFor, fixtureTable, X } from './eval-fixture';

function trace(source: string, row: number, reference?: Reference): TraceNode {
  const table = fixtureTable();
  const result = traceRow(compileFor(source, table), table, row, reference ? { reference } : {});
  if (!result.ok) throw new Error(result.errors[0].message);
  return result.trace;
}

describe('traceRow', () => {
  it('records each comparison with the values it compared, quoting the source', () => {
    const t = trace('x * 2 > y || isnan(x)', 0);
    expect(t).toMatchObject({ text: 'x * 2 > y || isnan(x)', op: 'logic', fn: '||', value: FALSE, type: 'boolean' });
    expect(t.children[0]).toMatchObject({ text: 'x * 2 > y', op: 'compare', fn: '>', value: FALSE, start: 0, end: 9 });
    expect(t.children[0].children.map((c) => [c.text, c.value])).toEqual([['x * 2', 2], ['y', 2]]);
    expect(t.children[1]).toMatchObject({ text: 'isnan(x)', value: FALSE });
  });
  it('a band helper records its reference statistics for the row', () => {
    const t = trace('abs(nsigma(x)) > 6', 9);
    const nsigma = t.children[0].children[0];
    const centre = plainMedian(X);
    const sigma = 1.4826 * plainMad(X);
    expect(nsigma).toMatchObject({ text: 'nsigma(x)', fn: 'nsigma', value: (1e300 - centre) / sigma, reference: { label: '', n: 9, centre, sigma } });
    expect(t.value).toBe(TRUE);
  });
  it('a run in no reference group gets no data, with an empty reference', () => {
    const reference: Reference = { rows: Uint32Array.from([0, 1]), groups: { of: Int32Array.from(X.map((_, i) => (i === 3 ? -1 : 0))), labels: ['g'] } };
    const t = trace('nsigma(x) > 0', 3, reference);
    expect(t.value).toBe(NO_DATA);
    expect(t.children[0].reference).toEqual({ label: '', n: 0, centre: NaN, sigma: NaN });
  });
  it('gives, row by row, the values evaluateExpr gives, using the bands the evaluation cached', () => {
    const table = fixtureTable();
    const compiled = compileFor('flag ? nsigma(x + y) : -median(y) + (rct.period == "LHC18b" ? 1 : 0)', table);
    const cache = createBandCache();
    const all = evaluateExpr(compiled, table, { cache });
    if (!all.ok) throw new Error('failed');
    const samples = cache.samples.size;
    for (let row = 0; row < table.size; row++) {
      const t = traceRow(compiled, table, row, { cache });
      expect(t.ok && Object.is(t.trace.value, all.values[row])).toBe(true);
    }
    expect(cache.samples.size).toBe(samples); // nothing recomputed
  });
  it('reports columns the table lacks instead of tracing', () => {
    const table = fixtureTable();
    const compiled = compileFor('y > 1', table);
    expect(traceRow(compiled, { ...table, numbers: new Map() }, 0)).toEqual({
      ok: false, errors: [{ kind: 'unread-column', message: msg.unreadColumn('y'), source: 'y > 1', start: 0, end: 1 }],
    });
  });
});
