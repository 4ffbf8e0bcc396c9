import { describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { toCategorical } from '../../../src/data/to-categorical';
import type { NumericColumn, TypedTable } from '../../../src/data/typed-table';
import { bandSegments } from '../../../src/qa/band-segments';
import { explainRun } from '../../../src/qa/explain-run';
import { createQaState, EDITOR_RULE } from '../../../src/qa/qa-state';
import { withAliases } from '../../../src/qa/with-aliases';
import type { QaSpec } from '../../../src/view/view-qa';

// Eight runs in two periods; run 103 is far from its period, run 106 has no value.
const run = Float64Array.from([100, 101, 102, 103, 104, 105, 106, 107]);
const x = Float64Array.from([10, 11, 9, 40, 20, 21, NaN, 19]);
const num = (name: string, values: Float64Array): [string, NumericColumn] => [name, { kind: 'numeric', name, values }];
const table: TypedTable = {
  size: 8,
  run,
  numbers: new Map([num('run', run), num('tpc.x', x)]),
  categories: new Map([['rct.period', toCategorical('rct.period', ['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B'])]]),
};
const meta = (name: string, sqlType: ColumnMeta['sqlType']): ColumnMeta => ({ name, table: 'runs', source: 's', sqlType, rootType: '', title: '', unit: '', exactInBrowser: true });
const columns = [meta('run', 'INTEGER'), meta('tpc.x', 'REAL'), meta('rct.period', 'TEXT')];
const spec: QaSpec = {
  aliases: [{ name: 'twice', expression: 'tpc.x * 2' }],
  rules: [{ name: 'x_Outlier', level: 'Outlier', expression: 'abs(nsigma(twice)) > 6' }],
  reference: { kind: 'all', groupBy: 'rct.period' },
  categoryColumns: ['rct.period'],
  variables: ['tpc.x', 'twice'],
};
const NAMES = ['Good', 'Warning', 'Outlier', 'PhysAcc', 'Bad', 'Null'];

describe('createQaState', () => {
  const derived = withAliases(table, spec, columns);
  it('adds the aliases as numeric columns before anything else reads the table', () => {
    expect(derived.errors).toEqual([]);
    expect([...derived.table.numbers.get('twice')!.values]).toEqual([...x].map((v) => v * 2));
  });

  it('gives each run the most severe level fired, Null without data, Good otherwise, and explains the outlier', () => {
    const qa = createQaState(derived.table, spec, derived.program);
    expect(Array.from(qa.status(), (code) => NAMES[code])).toEqual(['Good', 'Good', 'Good', 'Outlier', 'Good', 'Good', 'Null', 'Good']);
    expect(qa.firedRules(3)).toEqual(['x_Outlier']);
    const described = qa.describeRunStatus(3)!;
    expect(described.status).toBe('Outlier');
    // Period A: twice = 18, 20, 22, 80 → median 21, MAD 2 → σ = 2.9652; nsigma(80) = 59 / 2.9652.
    expect(described.findings).toEqual([`twice: |nsigma| = ${Number((59 / 2.9652).toPrecision(4))} > 6`]);
    expect(explainRun(qa.decompose(3)!)).toEqual([`x_Outlier (Outlier): ${described.findings[0]}`]);
    expect(qa.describeRunStatus(99)).toBeUndefined();
  });

  it('a temporary rule recomputes the statuses and notifies; a broken one returns its error and changes nothing', () => {
    const qa = createQaState(derived.table, spec, derived.program);
    let calls = 0;
    qa.subscribe(() => calls++);
    expect(qa.setTemporaryRule({ text: 'tpc.x >', level: 'Bad' })[0].kind).toBe('syntax');
    expect(qa.setTemporaryRule({ text: 'tpc.x > 20', level: 'Bad' })).toEqual([]);
    expect(calls).toBe(2);
    expect(Array.from(qa.status(), (code, row) => (NAMES[code] === 'Bad' ? run[row] : 0)).filter(Boolean)).toEqual([103, 105]);
    expect(qa.firedRules(3)).toEqual(['x_Outlier', EDITOR_RULE]);
    expect(qa.setTemporaryRule({ text: 'tpc.x > 20', level: 'Bad' })).toEqual([]);
    expect(calls).toBe(2);
  });

  it('a level chosen with no rule text recomputes nothing; a rule edit reuses the view rules\' bands', () => {
    const qa = createQaState(derived.table, spec, derived.program);
    let calls = 0;
    qa.subscribe(() => calls++);
    const before = qa.band('twice');
    expect(qa.setTemporaryRule({ text: '  ', level: 'Bad' })).toEqual([]);
    expect(calls).toBe(0);
    expect(qa.setTemporaryRule({ text: 'tpc.x > 20', level: 'Bad' })).toEqual([]);
    expect(calls).toBe(1);
    expect(qa.band('twice')).toBe(before);
  });

  it('bandSegments spans each period over its runs with its centre and σ', () => {
    const qa = createQaState(derived.table, spec, derived.program);
    const segments = bandSegments(qa.band('twice')!, run);
    expect(segments.map(({ x0, x1, label, centre }) => ({ x0, x1, label, centre }))).toEqual([
      { x0: 100, x1: 103, label: 'A', centre: 21 },
      { x0: 104, x1: 107, label: 'B', centre: 40 },
    ]);
    expect(segments[0].sigma).toBeCloseTo(2 * 1.4826, 12);
  });

  it('a selection reference follows setSelection: bands over the selected runs only, recomputed only when the mask changes', () => {
    const selection: QaSpec = { ...spec, reference: { kind: 'selection' } };
    const qa = createQaState(derived.table, selection, derived.program);
    // All eight runs, one group: twice = 20, 22, 18, 80, 40, 42, NaN, 38 → median 38, no run beyond 6σ.
    expect(qa.band('twice')!.groups[0].centre).toBe(38);
    expect(qa.setSelection(Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0]))).toBe(true);
    // Bands over runs 100–103 (median 21, σ 2.9652): 40 and 42 are beyond 6σ, 38 is not (5.73σ).
    expect(qa.band('twice')!.groups[0].centre).toBe(21);
    expect(Array.from(qa.status(), (code) => NAMES[code])).toEqual(['Good', 'Good', 'Good', 'Outlier', 'Outlier', 'Outlier', 'Null', 'Good']);
    expect(qa.setSelection(Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0]))).toBe(false);
  });
});
