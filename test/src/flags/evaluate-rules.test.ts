import { describe, expect, it } from 'vitest';
import { catalogFromTable } from '../../../src/expr/column-table';
import { allRows } from '../../../src/expr/reference';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import { compileRules } from '../../../src/flags/compile-rules';
import { bandAt, bandFor, evaluateRules } from '../../../src/flags/evaluate-rules';
import { NULL_REASON, STATUS_CODE, type RuleSet } from '../../../src/flags/flag-rule';
import { resolveReference } from '../../../src/flags/reference-set';
import { plainMad, plainMedian } from '../stats/reference-stats';
import { EVENTS, flagTable, MIP } from './flag-table';

const RULES: RuleSet = {
  rules: [
    { name: 'mip_Warning', level: 'Warning', expression: 'abs(nsigma(tpc.meanMIP)) > 3' },
    { name: 'mip_Outlier', level: 'Outlier', expression: 'abs(nsigma(tpc.meanMIP)) > 6' },
    { name: 'mip_PhysAcc', level: 'PhysAcc', expression: '!inrange(tpc.meanMIP, 30, 56)' },
  ],
  statisticOK: 'evs.nEvents > 1000',
};

function evaluate(ruleSet: RuleSet = RULES, reference = allRows(flagTable().size)) {
  const table = flagTable();
  const compiled = compileRules(ruleSet, catalogFromTable(table));
  return { compiled, table, evaluation: evaluateRules(compiled, table, reference) };
}

describe('evaluateRules', () => {
  it('fires each rule per run, vectorised, with the reference band computed independently', () => {
    const { evaluation } = evaluate();
    const centre = plainMedian(MIP);
    const sigma = 1.4826 * plainMad(MIP);
    const expected = (k: number) => MIP.map((v) => (Number.isNaN(v) ? NO_DATA : Math.abs((v - centre) / sigma) > k ? TRUE : FALSE));
    expect([...evaluation.rules[0].fired]).toEqual(expected(3));
    expect([...evaluation.rules[1].fired]).toEqual(expected(6));
    expect([...evaluation.rules[2].fired]).toEqual(MIP.map((v) => (Number.isNaN(v) ? NO_DATA : v < 30 || v > 56 ? TRUE : FALSE)));
    expect([...evaluation.statisticOK!]).toEqual(EVENTS.map((e) => (Number.isNaN(e) ? NO_DATA : e > 1000 ? TRUE : FALSE)));
    expect(evaluation.rules.map((r) => r.count)).toEqual(evaluation.rules.map((r) => [...r.fired].filter((v) => v === TRUE).length));
  });
  it('gives each run its status and counts every status', () => {
    const { evaluation } = evaluate();
    // run 5 (58) is outside the acceptance and far out; run 2 has too few events; run 6 has no MIP; run 7 no event count
    expect([...evaluation.status]).toEqual([0, 0, 5, 0, 0, 3, 5, 5]);
    expect([...evaluation.nullReason]).toEqual([0, 0, NULL_REASON.statisticFalse, 0, 0, 0, NULL_REASON.ruleNoData, NULL_REASON.statisticNoData]);
    expect(evaluation.counts).toEqual({ Good: 4, Warning: 0, Outlier: 0, PhysAcc: 1, Bad: 0, Null: 3 });
  });
  it('shares one band between rules with the same argument and method, and exposes it for charts', () => {
    const { evaluation } = evaluate();
    expect(evaluation.bands).toHaveLength(1);
    expect(evaluation.rules[0].bands[0]).toBe(evaluation.rules[1].bands[0]);
    const band = bandFor(evaluation, 'tpc.meanMIP')!;
    expect(bandAt(band, 3)).toEqual({ centre: plainMedian(MIP), sigma: 1.4826 * plainMad(MIP), n: 7, label: '' });
    expect(bandFor(evaluation, 'evs.nEvents')).toBeUndefined();
  });
  it('rules with different methods get their own bands; bandFor prefers the method asked for', () => {
    const { evaluation } = evaluate({ rules: [
      { name: 'a', level: 'Warning', expression: 'nsigma(tpc.meanMIP) > 3' },
      { name: 'b', level: 'Outlier', expression: 'nsigma(tpc.meanMIP) > 6', method: 'ltm' },
    ] });
    expect(evaluation.bands.map((b) => b.method.kind)).toEqual(['median-mad', 'ltm']);
    expect(bandFor(evaluation, 'tpc.meanMIP', 'ltm')!.method.kind).toBe('ltm');
  });
  it('per-period bands: each run against its own period; bandAt gives the run\'s period', () => {
    const table = flagTable();
    const resolved = resolveReference({ kind: 'all', groupBy: 'rct.period' }, table);
    if (!resolved.ok) throw new Error('reference');
    const { evaluation } = evaluate(RULES, resolved.reference);
    const band = bandFor(evaluation, 'tpc.meanMIP')!;
    expect(band.groups.map((g) => [g.label, g.centre, g.n])).toEqual([['LHC18b', plainMedian(MIP.slice(0, 4)), 4], ['LHC18c', plainMedian(MIP.slice(4)), 3]]);
    expect(bandAt(band, 6).label).toBe('LHC18c');
  });
  it('an empty reference set makes every nsigma rule no data, so no run is Good', () => {
    const { evaluation } = evaluate({ rules: RULES.rules.slice(0, 2) }, { rows: new Uint32Array(0) });
    expect(evaluation.counts).toMatchObject({ Good: 0, Null: MIP.length });
  });
  it('reports a rule whose column was not loaded and goes on with the others', () => {
    const table = flagTable();
    const compiled = compileRules(RULES, catalogFromTable(table));
    const partial = { ...table, numbers: new Map([...table.numbers].filter(([k]) => k !== 'evs.nEvents')) };
    const evaluation = evaluateRules(compiled, partial, allRows(table.size));
    expect(evaluation.problems.map((p) => [p.rule, p.error?.kind])).toEqual([['statisticOK', 'unread-column']]);
    expect(evaluation.rules).toHaveLength(3);
    expect(evaluation.statisticOK).toBeUndefined();
    expect(evaluation.status[0]).toBe(STATUS_CODE.Good);
  });
  it('passes on warnings about strings no run has', () => {
    const { evaluation } = evaluate({ rules: [{ name: 'p', level: 'Bad', expression: 'rct.period == "LHC18x"' }] });
    expect(evaluation.problems).toMatchObject([{ rule: 'p', field: 'expression', error: { kind: 'unknown-value' } }]);
  });
});
