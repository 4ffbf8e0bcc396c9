import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { checkColumnNames } from '../../../scripts/pipeline/check-column-names';
import { messages } from '../../../scripts/pipeline/messages';
import type { SourceTable } from '../../../scripts/pipeline/source-table';
import { caught, real } from './helpers';

const file = (path: string) => ({ path, bytes: 1, sha256: '', entries: 1, rootVersion: '', compression: 'csv' });
const table = (source: string, names: string[], paths: string[]): SourceTable => ({
  source, keys: Float64Array.of(1), origins: [], columns: names.map((n) => real(n, [1])), files: paths.map(file),
});

describe('checkColumnNames', () => {
  it('accepts names that differ by more than case, and equal branch names in different sources', () => {
    expect(checkColumnNames([table('tpc', ['meanMIP', 'meanMIPele'], ['a.root']), table('evs', ['meanMIP'], ['b.root'])])).toBeUndefined();
  });

  it('fails naming both columns, sources and files when two columns of one source differ only by case', async () => {
    const error = (await caught(() => checkColumnNames([table('rct', ['Lumi', 'lumi'], ['r1.csv', 'r2.csv'])]))) as BuildError;
    const a = { name: 'rct.Lumi', source: 'rct', files: ['r1.csv', 'r2.csv'] };
    const b = { name: 'rct.lumi', source: 'rct', files: ['r1.csv', 'r2.csv'] };
    expect([error.kind, error.file, error.object, error.message, error.hint])
      .toEqual(['column-name-clash', 'r1.csv', 'rct.lumi', messages.columnNameClash(a, b), messages.columnNameClashHint()]);
  });

  it('fails when source names differ only by case and share a column', async () => {
    const error = (await caught(() => checkColumnNames([table('tpc', ['x'], ['a.root']), table('TPC', ['x'], ['b.root'])]))) as BuildError;
    expect(error.message).toBe(messages.columnNameClash({ name: 'tpc.x', source: 'tpc', files: ['a.root'] }, { name: 'TPC.x', source: 'TPC', files: ['b.root'] }));
  });
});
