import { describe, expect, it } from 'vitest';
import { flagMessages as msg } from '../../../src/flags/flag-messages';
import { referenceReads, resolveReference } from '../../../src/flags/reference-set';

const table = {
  size: 5,
  numbers: new Map([['run', { values: Float64Array.from([101, 102, 103, 104, 105]) }]]),
  categories: new Map([['rct.period', { codes: Uint32Array.from([0, 1, 0, 2, 1]), dictionary: ['LHC18b', 'LHC18c', null] }]]),
};

function ok(spec: Parameters<typeof resolveReference>[0]) {
  const r = resolveReference(spec, table);
  if (!r.ok) throw new Error(r.problems[0].message);
  return r;
}

describe('resolveReference', () => {
  it('all runs', () => {
    expect(ok({ kind: 'all' })).toEqual({ ok: true, reference: { rows: Uint32Array.from([0, 1, 2, 3, 4]) }, warnings: [] });
  });
  it('a row mask such as the current selection', () => {
    expect(ok({ kind: 'mask', mask: Uint8Array.from([0, 1, 1, 0, 1]) }).reference.rows).toEqual(Uint32Array.from([1, 2, 4]));
  });
  it('a named run list, warning about runs not in the data', () => {
    const r = ok({ kind: 'runs', name: 'good18', runs: [105, 101, 999, 998] });
    expect(r.reference.rows).toEqual(Uint32Array.from([0, 4]));
    expect(r.warnings).toEqual([{ kind: 'reference', severity: 'warning', message: msg.unknownRuns('good18', [999, 998]) }]);
  });
  it('one value of a text column (one period); a value no run has gives an empty set and a warning with suggestions', () => {
    expect(ok({ kind: 'category', column: 'rct.period', value: 'LHC18c' }).reference.rows).toEqual(Uint32Array.from([1, 4]));
    const none = ok({ kind: 'category', column: 'rct.period', value: 'LHC18d' });
    expect(none.reference.rows.length).toBe(0);
    expect(none.warnings[0]).toMatchObject({ severity: 'warning', message: msg.unknownCategory('rct.period', 'LHC18d', ['LHC18b', 'LHC18c']) });
  });
  it('groupBy: a group index per row by the column\'s values, missing values in no group', () => {
    const r = ok({ kind: 'mask', mask: Uint8Array.from([1, 1, 0, 1, 1]), groupBy: 'rct.period' });
    expect(r.reference.groups).toEqual({ of: Int32Array.from([0, 1, 0, -1, 1]), labels: ['LHC18b', 'LHC18c'] });
  });
  it('errors: a mask of the wrong length, an unknown column, no run column', () => {
    expect(resolveReference({ kind: 'mask', mask: new Uint8Array(3) }, table)).toEqual({ ok: false, problems: [{ kind: 'reference', severity: 'error', message: msg.maskLength(3, 5) }] });
    expect(resolveReference({ kind: 'category', column: 'rct.pass', value: 'x' }, table)).toMatchObject({ ok: false, problems: [{ message: msg.referenceColumn('rct.pass') }] });
    expect(resolveReference({ kind: 'all', groupBy: 'nope' }, table)).toMatchObject({ ok: false, problems: [{ message: msg.referenceColumn('nope') }] });
    expect(resolveReference({ kind: 'runs', name: 'l', runs: [1] }, { ...table, numbers: new Map() })).toMatchObject({ ok: false, problems: [{ message: msg.noRunColumn() }] });
  });
});

describe('referenceReads', () => {
  it('names the columns a reference needs', () => {
    expect(referenceReads({ kind: 'all' })).toEqual([]);
    expect(referenceReads({ kind: 'runs', name: 'l', runs: [], groupBy: 'rct.period' })).toEqual([{ name: 'run', readAs: 'numeric' }, { name: 'rct.period', readAs: 'categorical' }]);
    expect(referenceReads({ kind: 'category', column: 'rct.period', value: 'x', groupBy: 'rct.period' })).toEqual([{ name: 'rct.period', readAs: 'categorical' }]);
  });
});
