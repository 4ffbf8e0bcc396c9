import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { joinedColumns } from '../../../scripts/pipeline/joined-table';
import { joinOnRun } from '../../../scripts/pipeline/join-on-run';
import { csvChunks, spreadsheetSafe, writeCsv } from '../../../scripts/pipeline/write-csv';
import { big, int, real, sourceTable, text } from './helpers';

const { table } = joinOnRun([
  sourceTable('s', [1, 2, 3], [
    real('x[0]', [0.1, NaN, 1 / 3]),
    real('inf', [Infinity, -Infinity, -0]),
    int('n', [0, 2 ** 53, NaN]),
    big('b', [2n ** 63n - 1n, null, -5n]),
    text('t', ['a,b', 'say "hi"', ' pad']),
    text('u', ['', 'line\nbreak', null]),
  ]),
  sourceTable('r', [2, 4], [text('q', ['Good', 'Bad'])]),
]);

describe('writeCsv', () => {
  it('writes the header, empty cells for missing (and for runs a source lacks), shortest round-trip numbers and quoted text', () => {
    expect(writeCsv(table)).toBe(
      'run,s.x[0],s.inf,s.n,s.b,s.t,s.u,r.q\n' +
      '1,0.1,Infinity,0,9223372036854775807,"a,b","",\n' +
      '2,,-Infinity,9007199254740992,,"say ""hi""","line\nbreak",Good\n' +
      '3,0.3333333333333333,0,,-5," pad",,\n' +
      '4,,,,,,,Bad\n',
    );
  });

  it('parses back with papaparse to the same values (-0 as 0, as SQLite stores it)', () => {
    const [header, ...rows] = Papa.parse<string[]>(writeCsv(table), { skipEmptyLines: true }).data;
    const columns = joinedColumns(table);
    expect(header).toEqual(['run', ...columns.map((c) => c.name)]);
    expect(rows.map((r) => Number(r[0]))).toEqual([1, 2, 3, 4]);
    table.sources.forEach((s) => s.columns.forEach((column) => {
      const c = header.indexOf(column.name);
      table.runs.forEach((_, i) => {
        const row = s.rowOf[i];
        const v = row < 0 ? null : column.values.data[row];
        const back = rows[i][c];
        if (v === null || (typeof v === 'number' && Number.isNaN(v))) expect(back).toBe('');
        else if (typeof v === 'number') expect(Object.is(Number(back), v === 0 ? 0 : v)).toBe(true);
        else if (typeof v === 'bigint') expect(BigInt(back)).toBe(v);
        else expect(back).toBe(v);
      });
    }));
  });

  it('writes only the header for an empty table', () => {
    expect(writeCsv(joinOnRun([sourceTable('s', [], [real('x', [])])]).table)).toBe('run,s.x\n');
  });

  it('streams a long table in byte chunks of about 1 MiB that join to the whole text', () => {
    const n = 200_000;
    const runs = Array.from({ length: n }, (_, i) => i + 1);
    const long = joinOnRun([sourceTable('s', runs, [real('x', runs.map((r) => r / 7))])]).table;
    const chunks = [...csvChunks(long)];
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(1 << 20);
    const lines = Buffer.concat(chunks).toString('utf8').split('\n');
    expect([lines.length, lines[0], lines[n]]).toEqual([n + 2, 'run,s.x', `${n},${n / 7}`]);
  });
});

describe('spreadsheetSafe', () => {
  it.each(['=HYPERLINK("http://x","click")', '+cmd|calc', '-2+3', '@SUM(A1)', '\tx', '\rx', '＝1+1', '-', '=', "-'a"])('marks %j as text with a leading apostrophe', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  it.each(['-5', '+1.5e3', '-0.25', 'LHC18b', ' =padded', "'quoted", ''])('leaves %j as it is (numbers are numbers, not formulas)', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });

  it('is applied to text columns only: a numeric column keeps its negative numbers, a text cell gets the mark in the CSV', () => {
    const t = joinOnRun([sourceTable('s', [1, 2], [real('x', [-1.5, -2]), text('q', ['=1+2', '-3'])])]).table;
    expect(writeCsv(t)).toBe("run,s.x,s.q\n1,-1.5,'=1+2\n2,-2,-3\n");
  });
});
