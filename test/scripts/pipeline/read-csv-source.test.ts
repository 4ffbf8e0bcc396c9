import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { readCsvSource } from '../../../scripts/pipeline/read-csv-source';
import { caught } from './helpers';

describe('readCsvSource', () => {
  it('splits off the key, infers each column and keeps the origin of every row', () => {
    const csv = 'period,run,lumi,quality\nLHC18b,285000,1.5,Good\nLHC18b,285001,,"Bad, noisy"\n';
    const { part, report } = readCsvSource(csv, 'rct.csv', 'rct', 'run');
    expect(report).toEqual([]);
    expect(part.file).toBe('rct.csv');
    expect(part.entries).toBe(2);
    expect(part.keys).toEqual(Float64Array.of(285000, 285001));
    expect(part.origins).toEqual([{ file: 'rct.csv', entry: 0 }, { file: 'rct.csv', entry: 1 }]);
    expect(part.columns).toEqual([
      { name: 'period', rootType: 'csv', title: '', unit: '', values: { kind: 'text', data: ['LHC18b', 'LHC18b'] } },
      { name: 'lumi', rootType: 'csv', title: '', unit: '', values: { kind: 'real', data: Float64Array.of(1.5, NaN) } },
      { name: 'quality', rootType: 'csv', title: '', unit: '', values: { kind: 'text', data: ['Good', 'Bad, noisy'] } },
    ]);
  });

  it('reports rows with an empty, non-numeric or too large key as invalid-key and leaves them out', () => {
    const csv = 'run,x\n1,10\n,11\nLHC,12\nabc,13\n9007199254740993,14\n3,15\n';
    const { part, report } = readCsvSource(csv, 'r.csv', 'rct', 'run');
    expect(part.keys).toEqual(Float64Array.of(1, 3));
    expect(part.columns[0].values).toEqual({ kind: 'integer', data: Float64Array.of(10, 15) });
    expect(part.origins.map((o) => o.entry)).toEqual([0, 5]);
    const invalid = (entry: number, value: string, reason: string) => ({ kind: 'invalid-key', source: 'rct', file: 'r.csv', entry, value, reason });
    expect(report).toEqual([
      invalid(1, '', messages.invalidKeyEmpty()),
      invalid(2, 'LHC', messages.invalidKeyNotInteger()),
      invalid(3, 'abc', messages.invalidKeyNotInteger()),
      invalid(4, '9007199254740993', messages.invalidKeyTooLarge()),
    ]);
  });

  it('reads NaN/inf spellings as numbers, counting NaN cells, and reports a mostly numeric column kept as text', () => {
    const csv = 'run,lumi,fill,note\n1,nan,7,1\n2,-inf,8,2\n3,2.5,too big 9,3\n4,NaN,9,--\n';
    const { part, report, nanCells } = readCsvSource(csv, 'r.csv', 'rct', 'run');
    expect(part.columns.map((c) => c.values)).toEqual([
      { kind: 'real', data: Float64Array.of(NaN, -Infinity, 2.5, NaN) },
      { kind: 'text', data: ['7', '8', 'too big 9', '9'] },
      { kind: 'text', data: ['1', '2', '3', '--'] },
    ]);
    expect(nanCells).toEqual(new Map([['lumi', 2]]));
    expect(report).toEqual([
      { kind: 'text-column', source: 'rct', file: 'r.csv', column: 'fill', examples: ['too big 9'] },
      { kind: 'text-column', source: 'rct', file: 'r.csv', column: 'note', examples: ['--'] },
    ]);
  });

  it('uses the declared key column', () => {
    const { part } = readCsvSource('runNumber,x\n7,1\n', 'r.csv', 'rct', 'runNumber');
    expect(part.keys).toEqual(Float64Array.of(7));
    expect(part.columns.map((c) => c.name)).toEqual(['x']);
  });

  it('fails with key-missing naming the file and its header when the key column is absent', async () => {
    const error = (await caught(() => readCsvSource('a,b\n1,2\n', 'r.csv', 'rct', 'run'))) as BuildError;
    expect(error.kind).toBe('key-missing');
    expect(error.message).toBe(messages.keyMissing('r.csv', '', 'run', ['a', 'b']));
  });

  it('fails with csv-malformed naming the line when a row has the wrong number of fields', async () => {
    const error = (await caught(() => readCsvSource('run,x\n1,2\n3\n', 'r.csv', 'rct', 'run'))) as BuildError;
    expect(error.kind).toBe('csv-malformed');
    expect(error.message).toBe(messages.csvMalformed('r.csv', 3, 1, 2));
  });

  it('names the line the bad record starts on, after quoted line breaks and blank lines', async () => {
    const csv = 'run,x\n1,"a\nb"\n\n2,c\n3\n';
    const error = (await caught(() => readCsvSource(csv, 'r.csv', 'rct', 'run'))) as BuildError;
    expect([error.message, error.object]).toEqual([messages.csvMalformed('r.csv', 6, 1, 2), 'line 6']);
  });

  it('fails on an unclosed quote rather than reading the rows after it as one field', async () => {
    const error = (await caught(() => readCsvSource('run,x\n1,"a\n2,b\n3,c\n', 'r.csv', 'rct', 'run'))) as BuildError;
    expect([error.kind, error.message]).toEqual(['csv-malformed', messages.csvParseError('r.csv', 2, 'Quoted field unterminated (MissingQuotes)')]);
  });

  it('fails when a header name is empty', async () => {
    const error = (await caught(() => readCsvSource('run,,x\n1,2,3\n', 'r.csv', 'rct', 'run'))) as BuildError;
    expect([error.kind, error.message]).toEqual(['csv-malformed', messages.csvEmptyHeader('r.csv', 2)]);
  });

  it('fails, naming the column, when a header name holds a NUL byte (SQLite could not name the column)', async () => {
    const error = (await caught(() => readCsvSource('run,a\u0000b\n1,2\n', 'r.csv', 'rct', 'run'))) as BuildError;
    expect([error.kind, error.message]).toEqual(['csv-malformed', messages.csvControlInHeader('r.csv', 2, 'a\u0000b')]);
    expect(error.message).toContain('a\\u0000b');
  });

  it('keeps an invalid key of any length in the report as its first 200 characters', () => {
    const { report } = readCsvSource(`run,x\n${'k'.repeat(100_000)},1\n`, 'r.csv', 'rct', 'run');
    expect(report[0].kind === 'invalid-key' && report[0].value.length).toBeLessThan(260);
  });

  it('reads semicolons as part of a field (the delimiter is always a comma)', async () => {
    const error = (await caught(() => readCsvSource('run;x\n1;2\n', 'r.csv', 'rct', 'run'))) as BuildError;
    expect(error.message).toBe(messages.keyMissing('r.csv', '', 'run', ['run;x']));
  });

  it('fails when the header repeats a column name', async () => {
    const error = (await caught(() => readCsvSource('run,x,x\n1,2,3\n', 'r.csv', 'rct', 'run'))) as BuildError;
    expect(error.message).toBe(messages.csvDuplicateHeader('r.csv', 'x'));
  });

  it('gives an empty part for a header-only file', () => {
    const { part, report } = readCsvSource('run,x\n', 'r.csv', 'rct', 'run');
    expect(part.entries).toBe(0);
    expect(part.keys).toEqual(new Float64Array(0));
    expect(part.columns).toEqual([{ name: 'x', rootType: 'csv', title: '', unit: '', values: { kind: 'text', data: [] } }]);
    expect(report).toEqual([]);
  });
});
