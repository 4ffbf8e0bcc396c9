import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { parseCsvRecords } from '../../../scripts/pipeline/parse-csv-records';
import { caught } from './helpers';

describe('parseCsvRecords', () => {
  it('gives each record the line it starts on, across quoted line breaks, blank lines and CRLF', () => {
    const text = '\uFEFFrun,note\r\n1,"two\r\nlines"\r\n\r\n2,plain\r\n3,""\r\n';
    expect(parseCsvRecords(text, 'r.csv')).toEqual([
      { fields: ['run', 'note'], line: 1 },
      { fields: ['1', 'two\r\nlines'], line: 2 },
      { fields: ['2', 'plain'], line: 5 },
      { fields: ['3', ''], line: 6 },
    ]);
  });

  it('splits on commas only, never guessing another delimiter', () => {
    expect(parseCsvRecords('a;b\n1;2\n', 'r.csv').map((r) => r.fields)).toEqual([['a;b'], ['1;2']]);
  });

  it('fails with csv-malformed at the line of an unclosed quote instead of swallowing the later rows', async () => {
    const text = 'run,note\n1,ok\n\n2,"unclosed\n3,x\n4,y\n';
    const error = (await caught(() => parseCsvRecords(text, 'r.csv'))) as BuildError;
    expect([error.kind, error.file, error.object, error.hint]).toEqual(['csv-malformed', 'r.csv', 'line 4', messages.csvParseHint()]);
    expect(error.message).toBe(messages.csvParseError('r.csv', 4, 'Quoted field unterminated (MissingQuotes)'));
  });

  it('fails on a stray quote after a quoted field', async () => {
    const error = (await caught(() => parseCsvRecords('a,b\n1,"2"x\n', 'r.csv'))) as BuildError;
    expect(error.message).toBe(messages.csvParseError('r.csv', 2, 'Trailing quote on quoted field is malformed (InvalidQuotes)'));
  });

  it('gives no records for empty text', () => {
    expect(parseCsvRecords('', 'r.csv')).toEqual([]);
  });
});
