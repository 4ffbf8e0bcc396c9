import { describe, expect, it } from 'vitest';
import { columnMeta } from '../../../scripts/pipeline/column-meta';
import { big, int, real, text } from './helpers';

const joined = (source: string, c: ReturnType<typeof real>) => ({ ...c, name: `${source}.${c.name}`, source, title: 'T', unit: 'cm' });

describe('columnMeta', () => {
  it('puts run first and maps kinds to SQL types, marking bigint columns beyond 2^53 inexact', () => {
    const meta = columnMeta({
      runs: Float64Array.of(1, 2),
      columns: [joined('a', real('x', [1, 2])), joined('a', int('n', [1, 2])), joined('a', text('t', ['p', null])),
        joined('a', big('wide', [2n ** 53n + 1n, null])), joined('a', big('narrow', [-(2n ** 53n), null]))],
    });
    expect(meta).toEqual([
      { name: 'run', source: '', sqlType: 'INTEGER', rootType: 'key', title: '', unit: '', exactInBrowser: true },
      { name: 'a.x', source: 'a', sqlType: 'REAL', rootType: 'Double_t', title: 'T', unit: 'cm', exactInBrowser: true },
      { name: 'a.n', source: 'a', sqlType: 'INTEGER', rootType: 'Int_t', title: 'T', unit: 'cm', exactInBrowser: true },
      { name: 'a.t', source: 'a', sqlType: 'TEXT', rootType: 'char*', title: 'T', unit: 'cm', exactInBrowser: true },
      { name: 'a.wide', source: 'a', sqlType: 'INTEGER', rootType: 'Long64_t', title: 'T', unit: 'cm', exactInBrowser: false },
      { name: 'a.narrow', source: 'a', sqlType: 'INTEGER', rootType: 'Long64_t', title: 'T', unit: 'cm', exactInBrowser: true },
    ]);
  });
});
