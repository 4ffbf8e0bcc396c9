import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { resolveRepeatedRuns } from '../../../scripts/pipeline/resolve-repeated-runs';
import type { SourceTable } from '../../../scripts/pipeline/source-table';
import { caught, real, text } from './helpers';

/** Runs 7, 5, 7, 9, 7 over two files; x differs between the 7s, t does not. */
function table(): SourceTable {
  return {
    source: 'evs',
    keys: Float64Array.of(7, 5, 7, 9, 7),
    origins: [{ file: 'a', entry: 0 }, { file: 'a', entry: 1 }, { file: 'b', entry: 0 }, { file: 'b', entry: 1 }, { file: 'b', entry: 2 }],
    columns: [real('x', [1, 2, 3, 4, 1]), text('t', ['p', 'q', 'p', 'r', 'p']), real('m', [NaN, 0, NaN, 0, NaN])],
    files: [],
  };
}

const occurrences = [{ file: 'a', entry: 0 }, { file: 'b', entry: 0 }, { file: 'b', entry: 2 }];

describe('resolveRepeatedRuns', () => {
  it('keeps the last occurrence by default policy "last", sorts by run and reports the repeat', () => {
    const { table: out, report } = resolveRepeatedRuns(table(), 'last');
    expect(out.keys).toEqual(Float64Array.of(5, 7, 9));
    expect(out.columns).toEqual([real('x', [2, 1, 4]), text('t', ['q', 'p', 'r']), real('m', [0, NaN, 0])]);
    expect(out.origins).toEqual([{ file: 'a', entry: 1 }, { file: 'b', entry: 2 }, { file: 'b', entry: 1 }]);
    expect(report).toEqual([{ kind: 'repeated-run', source: 'evs', run: 7, occurrences, kept: 2, differing: ['x'], differingCount: 1 }]);
  });

  it('keeps the first occurrence with policy "first"', () => {
    const { table: out, report } = resolveRepeatedRuns(table(), 'first');
    expect(out.columns[0]).toEqual(real('x', [2, 1, 4]));
    expect(out.origins[1]).toEqual({ file: 'a', entry: 0 });
    expect(report).toEqual([{ kind: 'repeated-run', source: 'evs', run: 7, occurrences, kept: 0, differing: ['x'], differingCount: 1 }]);
  });

  it('lists as differing a column where only some occurrences are missing', () => {
    const t = { ...table(), keys: Float64Array.of(1, 1), origins: occurrences.slice(0, 2), columns: [real('m', [NaN, 0])] };
    expect(resolveRepeatedRuns(t, 'last').report).toEqual([{ kind: 'repeated-run', source: 'evs', run: 1, occurrences: occurrences.slice(0, 2), kept: 1, differing: ['m'], differingCount: 1 }]);
  });

  it('fails with policy "fail", naming the source, the run and every occurrence', async () => {
    const error = (await caught(() => resolveRepeatedRuns(table(), 'fail'))) as BuildError;
    expect(error.kind).toBe('repeated-run-fail');
    expect(error.file).toBe('b');
    expect(error.message).toBe(messages.repeatedRunFail('evs', 7, 'a#0, b#0, b#2'));
    expect(error.hint).toBe(messages.repeatedRunFailHint());
  });

  it('reports nothing and only sorts when every run is unique, also under "fail"', () => {
    const t = { ...table(), keys: Float64Array.of(3, 1, 2, 5, 4) };
    const { table: out, report } = resolveRepeatedRuns(t, 'fail');
    expect(report).toEqual([]);
    expect(out.keys).toEqual(Float64Array.of(1, 2, 3, 4, 5));
    expect(out.columns[0]).toEqual(real('x', [2, 3, 1, 1, 4]));
  });

  it('names the first 20 differing columns of a wide source and counts them all', () => {
    const columns = Array.from({ length: 30 }, (_, i) => real(`c${i}`, [i, i + 0.5]));
    const t = { source: 'w', keys: Float64Array.of(1, 1), origins: [{ file: 'a', entry: 0 }, { file: 'a', entry: 1 }], columns, files: [] };
    const [entry] = resolveRepeatedRuns(t, 'last').report;
    expect(entry.kind === 'repeated-run' && [entry.differing, entry.differingCount]).toEqual([columns.slice(0, 20).map((c) => c.name), 30]);
  });

  it('returns a source already holding one entry per run, in run order, as it is (no copy)', () => {
    const t = { source: 'w', keys: Float64Array.of(1, 2), origins: [], columns: [real('x', [1, 2])], files: [] };
    expect(resolveRepeatedRuns(t, 'fail')).toEqual({ table: t, report: [] });
    expect(resolveRepeatedRuns(t, 'last').table).toBe(t);
  });
});
