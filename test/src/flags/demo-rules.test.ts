/**
 * The demo rule set (fixtures/tpc-demo-rules.json) on the demo data built by
 * the project's own build: Outlier rules flag exactly the runs where
 * scripts/demo/outliers.ts injected a clear (12–25σ) outlier into that
 * variable, per data/demo-truth.json; PhysAcc and statisticOK agree with
 * plain loops over runlens.csv; bands agree with a per-window LTM computed
 * here on one period's values.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFromTable } from '../../../src/expr/column-table';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import { compileRules, type CompiledRules } from '../../../src/flags/compile-rules';
import { decomposeRun } from '../../../src/flags/decompose-run';
import { bandFor, evaluateRules, type RuleEvaluation } from '../../../src/flags/evaluate-rules';
import { STATUS_CODE, type RuleSet } from '../../../src/flags/flag-rule';
import { resolveReference, type ReferenceSpec } from '../../../src/flags/reference-set';
import { ltmConsistency } from '../../../src/stats/ltm-consistency';
import { plainFinite, plainLtm } from '../stats/reference-stats';
import { buildDemo, type DemoData } from './demo-table';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/tpc-demo-rules.json', import.meta.url), 'utf8')) as RuleSet & { reference: ReferenceSpec };
const outlierRules = fixture.rules.filter((r) => r.level === 'Outlier');
const variableOf = (expression: string) => /nsigma\((tpc\.\w+)\)/.exec(expression)![1];
const VARIABLES = outlierRules.map((r) => variableOf(r.expression));

let demo: DemoData;
let compiled: CompiledRules;
let evaluation: RuleEvaluation;
let runs: Float64Array;

beforeAll(async () => {
  demo = await buildDemo();
  compiled = compileRules(fixture, catalogFromTable(demo.table));
  const reference = resolveReference(fixture.reference, demo.table);
  if (!reference.ok) throw new Error(reference.problems[0].message);
  evaluation = evaluateRules(compiled, demo.table, reference.reference);
  runs = demo.table.numbers.get('run')!.values;
}, 120_000);
afterAll(() => demo?.cleanup());

const firedRuns = (name: string) => {
  const rule = evaluation.rules.find((r) => r.name === name)!;
  return [...runs].filter((_, i) => rule.fired[i] === TRUE);
};
const clearRuns = (variable: string) =>
  demo.truth.outliers.filter((o) => `${o.source}.${o.column}` === variable && o.severity === 'clear').map((o) => o.run).sort((a, b) => a - b);

describe('demo rules on the demo data', () => {
  it('compile without problems: 8 variables, Warning and Outlier by LTM, PhysAcc bands, statisticOK', () => {
    expect(compiled.problems).toEqual([]);
    expect(VARIABLES).toHaveLength(8);
    expect(evaluation.problems).toEqual([]);
  });

  it('each Outlier rule fires on exactly the runs with a clear injected outlier in its variable', () => {
    let total = 0;
    for (const rule of outlierRules) {
      const variable = variableOf(rule.expression);
      expect({ variable, runs: firedRuns(rule.name) }).toEqual({ variable, runs: clearRuns(variable) });
      total += clearRuns(variable).length;
    }
    expect(total).toBeGreaterThan(10); // the demo injects enough to make the check meaningful
  });

  it('no moderate (4–5.5σ) injected outlier reaches Outlier', () => {
    const outlier = new Set(VARIABLES.flatMap((v) => firedRuns(`${v.slice(4)}_Outlier`).map((r) => `${v}:${r}`)));
    const moderate = demo.truth.outliers.filter((o) => o.severity === 'moderate' && VARIABLES.includes(`${o.source}.${o.column}`));
    expect(moderate.length).toBeGreaterThan(0);
    expect(moderate.filter((o) => outlier.has(`${o.source}.${o.column}:${o.run}`))).toEqual([]);
  });

  it('PhysAcc rules fire exactly where the CSV value is outside the band, and have no data where it is empty', () => {
    for (const rule of fixture.rules.filter((r) => r.level === 'PhysAcc')) {
      const [, column, lo, hi] = /^!inrange\(([\w.]+), ([\d.]+), ([\d.]+)\)$/.exec(rule.expression)!;
      const expected = demo.csv.map((row) => (row[column] === '' ? NO_DATA : Number(row[column]) < Number(lo) || Number(row[column]) > Number(hi) ? TRUE : FALSE));
      expect([...evaluation.rules.find((r) => r.name === rule.name)!.fired]).toEqual(expected);
    }
  });

  it('statisticOK is evs.nEventsSelected >= 200000 on the CSV (no data where the run has no event-selection entry)', () => {
    const expected = demo.csv.map((row) => (row['evs.nEventsSelected'] === '' ? NO_DATA : Number(row['evs.nEventsSelected']) >= 200000 ? TRUE : FALSE));
    expect([...evaluation.statisticOK!]).toEqual(expected);
  });

  it('status is Outlier or worse exactly for the clear-outlier runs and the runs outside a physics band', () => {
    const physAcc = fixture.rules.filter((r) => r.level === 'PhysAcc').flatMap((r) => firedRuns(r.name));
    const expected = [...new Set([...VARIABLES.flatMap(clearRuns), ...physAcc])].sort((a, b) => a - b);
    const severe = [...runs].filter((_, i) => evaluation.status[i] >= STATUS_CODE.Outlier && evaluation.status[i] !== STATUS_CODE.Null);
    expect(severe).toEqual(expected);
    expect([...runs].filter((_, i) => evaluation.status[i] === STATUS_CODE.PhysAcc)).toEqual([...new Set(physAcc)].sort((a, b) => a - b));
    expect(Object.values(evaluation.counts).reduce((a, b) => a + b, 0)).toBe(demo.table.size);
  });

  it('the band of tpc.meanMIP in LHC18b equals an LTM over 80 % of that period\'s CSV values computed window by window', () => {
    const band = bandFor(evaluation, 'tpc.meanMIP', 'ltm')!;
    const group = band.groups.find((g) => g.label === 'LHC18b')!;
    const values = plainFinite(demo.csv.filter((row) => row['rct.period'] === 'LHC18b' && row['tpc.meanMIP'] !== '').map((row) => Number(row['tpc.meanMIP'])));
    const h = Math.ceil(0.8 * values.length - 1e-9);
    const window = plainLtm(values, h);
    expect(group.n).toBe(values.length);
    expect(group.centre).toBeCloseTo(window.mean, 10);
    expect(group.sigma).toBeCloseTo(window.rms * ltmConsistency(h / values.length), 10);
  });

  it('the decomposition of a clear outlier run names its variable and an nsigma beyond 6 equal to (value − centre) / σ', () => {
    const injected = demo.truth.outliers.find((o) => o.severity === 'clear' && VARIABLES.includes(`${o.source}.${o.column}`))!;
    const variable = `${injected.source}.${injected.column}`;
    const row = runs.indexOf(injected.run);
    const d = decomposeRun(compiled, evaluation, demo.table, row);
    const rule = d.rules.find((r) => r.name === `${injected.column}_Outlier`)!;
    expect(rule.result).toBe(TRUE);
    const [finding] = rule.findings;
    expect(finding.bands).toHaveLength(1);
    const { argument, nsigma, centre, sigma, group } = finding.bands[0];
    expect(argument).toBe(variable);
    expect(group).toBe(demo.csv[row]['rct.period']);
    expect(Math.abs(nsigma)).toBeGreaterThan(6);
    expect(nsigma).toBeCloseTo((Number(demo.csv[row][variable]) - centre) / sigma, 10);
    expect(Math.sign(nsigma)).toBe(Math.sign(injected.sigmas));
    expect(['Outlier', 'PhysAcc']).toContain(d.status);
  });
});
