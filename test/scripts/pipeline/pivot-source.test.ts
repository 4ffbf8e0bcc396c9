import { describe, expect, it } from 'vitest';
import { pivotColumnName } from '../../../src/contract/data-contract';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { pivotSource } from '../../../scripts/pipeline/pivot-source';
import type { SourceTable } from '../../../scripts/pipeline/source-table';
import { caught, int, real, text } from './helpers';

const long = (runs: number[], names: (string | null)[], values: number[]): SourceTable => ({
  source: 'trg',
  keys: Float64Array.from(runs),
  origins: runs.map((_, entry) => ({ file: 't.csv', entry })),
  columns: [text('trigger', names), real('counts', values), int('extra', runs.map(() => 0))],
  files: [{ path: 't.csv', bytes: 0, sha256: '', entries: runs.length, rootVersion: '', compression: 'csv' }],
});

describe('pivotColumnName', () => {
  it('escapes backslash and brackets with a backslash and control characters as \\xHH, keeping the rest', () => {
    expect(pivotColumnName('counts', 'CINT7-B-NOPF')).toBe('counts[CINT7-B-NOPF]');
    expect(pivotColumnName('counts', 'a[1]')).toBe('counts[a\\[1\\]]');
    expect(pivotColumnName('counts', 'a\\b')).toBe('counts[a\\\\b]');
    expect(pivotColumnName('counts', 'tab\there\u007f')).toBe('counts[tab\\x09here\\x7f]');
    expect(pivotColumnName('counts', 'é µ "q"')).toBe('counts[é µ "q"]');
  });
});

describe('pivotSource', () => {
  it('makes one row per run (ascending) and one column per name in order of first appearance', () => {
    const runs = [20, 10, 20, 10];
    const names = ['B', 'A', 'A', 'B'];
    const values = [1, 2, 3, 4];
    const { table, report } = pivotSource(long(runs, names, values), { name: 'trigger', value: 'counts', duplicates: 'last', maxColumns: 10 });
    expect(table.keys).toEqual(Float64Array.of(10, 20));
    const at = (run: number, name: string) => values[runs.findIndex((r, i) => r === run && names[i] === name)];
    expect(table.columns.map((c) => [c.name, Array.from(c.values.data as Float64Array)])).toEqual([
      ['counts[B]', [at(10, 'B'), at(20, 'B')]],
      ['counts[A]', [at(10, 'A'), at(20, 'A')]],
    ]);
    expect(table.origins).toEqual([{ file: 't.csv', entry: 1 }, { file: 't.csv', entry: 0 }]);
    expect(report).toEqual([{ kind: 'pivot-ignored-columns', source: 'trg', columns: ['extra'], count: 1 }]);
  });

  it('leaves a (run, name) without a row missing, and stops at the cap', async () => {
    const { table } = pivotSource(long([1, 2], ['A', 'B'], [5, 6]), { name: 'trigger', value: 'counts', duplicates: 'last', maxColumns: 2 });
    expect(table.columns.map((c) => Array.from(c.values.data as Float64Array))).toEqual([[5, NaN], [NaN, 6]]);
    const error = (await caught(() => pivotSource(long([1, 2], ['A', 'B'], [5, 6]), { name: 'trigger', value: 'counts', duplicates: 'last', maxColumns: 1 }))) as BuildError;
    expect([error.kind, error.message]).toEqual(['pivot-too-many-columns', messages.pivotTooMany('trg', 2, 1, ['A'])]);
  });

  it('refuses a pivot column the source does not have, listing its columns', async () => {
    const error = (await caught(() => pivotSource(long([1], ['A'], [5]), { name: 'trig', value: 'counts', duplicates: 'last', maxColumns: 9 }))) as BuildError;
    expect([error.kind, error.message]).toEqual(['pivot-column-missing', messages.pivotMissingColumn('t.csv', 'name', 'trig', ['trigger', 'counts', 'extra'])]);
  });
});
