import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { JoinedTable } from '../../../scripts/pipeline/joined-table';
import { writeCsv } from '../../../scripts/pipeline/write-csv';
import { big, int, real, text } from './helpers';

const col = (c: ReturnType<typeof real>) => ({ ...c, name: `s.${c.name}`, source: 's' });
const table: JoinedTable = {
  runs: Float64Array.of(1, 2, 3),
  columns: [
    col(real('x[0]', [0.1, NaN, 1 / 3])),
    col(real('inf', [Infinity, -Infinity, -0])),
    col(int('n', [0, 2 ** 53, NaN])),
    col(big('b', [2n ** 63n - 1n, null, -5n])),
    col(text('t', ['a,b', 'say "hi"', ' pad'])),
    col(text('u', ['', 'line\nbreak', null])),
  ],
};

describe('writeCsv', () => {
  it('writes the header, empty cells for missing, shortest round-trip numbers and quoted text', () => {
    expect(writeCsv(table)).toBe(
      'run,s.x[0],s.inf,s.n,s.b,s.t,s.u\n' +
      '1,0.1,Infinity,0,9223372036854775807,"a,b",""\n' +
      '2,,-Infinity,9007199254740992,,"say ""hi""","line\nbreak"\n' +
      '3,0.3333333333333333,0,,-5," pad",\n',
    );
  });

  it('parses back with papaparse to the same values (-0 as 0, as SQLite stores it)', () => {
    const [header, ...rows] = Papa.parse<string[]>(writeCsv(table), { skipEmptyLines: true }).data;
    expect(header).toEqual(['run', ...table.columns.map((c) => c.name)]);
    const cell = (r: number, c: number) => rows[r][c + 1];
    expect(rows.map((r) => Number(r[0]))).toEqual([1, 2, 3]);
    table.columns.forEach((column, c) => {
      for (let r = 0; r < 3; r++) {
        const v = column.values.data[r];
        const expected = v === null || (typeof v === 'number' && Number.isNaN(v)) ? '' : v;
        const back = cell(r, c);
        if (typeof expected === 'number') expect(Object.is(Number(back), expected === 0 ? 0 : expected)).toBe(true);
        else if (typeof expected === 'bigint') expect(BigInt(back)).toBe(expected);
        else expect(back).toBe(expected);
      }
    });
  });

  it('writes only the header for an empty table', () => {
    expect(writeCsv({ runs: new Float64Array(0), columns: [col(real('x', []))] })).toBe('run,s.x\n');
  });
});
