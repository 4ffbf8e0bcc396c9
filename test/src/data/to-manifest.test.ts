import { describe, expect, it } from 'vitest';
import { MANIFEST_FORMAT } from '../../../src/contract/data-contract';
import { toManifest } from '../../../src/data/to-manifest';

const sha = 'a'.repeat(64);
const column = (name: string, sqlType = 'REAL') => ({ name, source: 'tpc', sqlType, rootType: 'Float_t', title: name, unit: '', exactInBrowser: true });

/** A small manifest of the shape the build writes (sources and report left out: the app does not read them). */
function manifest(): Record<string, unknown> & { files: Record<string, unknown>[]; columns: Record<string, unknown>[]; columnFiles: Record<string, unknown>[] } {
  return {
    format: MANIFEST_FORMAT,
    builtAt: '2026-11-26T10:00:00.000Z',
    key: 'run',
    runs: 3,
    files: [
      { name: 'runlens.sqlite', bytes: 909312, sha256: sha },
      { name: 'runlens.csv', bytes: 12, sha256: sha },
    ],
    columns: [column('run', 'INTEGER'), column('tpc.meanMIP'), column('rct.period', 'TEXT')],
    columnFiles: [
      { name: 'cols/0.f64', bytes: 24, sha256: sha, column: 'run', encoding: 'f64' },
      { name: 'cols/1.f64', bytes: 24, sha256: sha, column: 'tpc.meanMIP', encoding: 'f64' },
      { name: 'cols/2.codes', bytes: 24, sha256: sha, column: 'rct.period', encoding: 'codes' },
    ],
  };
}

/** Why toManifest refuses `json`. */
const why = (json: unknown) => {
  const checked = toManifest(json);
  return checked.ok ? 'accepted' : checked.why;
};

describe('toManifest', () => {
  it('accepts a manifest of the shape the build writes, unknown fields included', () => {
    const json = { ...manifest(), sources: [], extra: { later: true } };
    expect(toManifest(json)).toEqual({ ok: true, manifest: json });
  });

  it('says why anything else is not a manifest', () => {
    expect(why(null)).toBe('not a JSON object');
    expect(why([])).toBe('not a JSON object');
    expect(why({ format: 'x/2' })).toBe('format is "x/2", expected "runlens-data/3"');
    // Sets of the previous layouts (all columns in runs; no column files): the app reads only the current one.
    expect(why({ ...manifest(), format: 'runlens-data/1' })).toBe('format is "runlens-data/1", expected "runlens-data/3"');
    expect(why({ ...manifest(), format: 'runlens-data/2' })).toBe('format is "runlens-data/2", expected "runlens-data/3"');
    expect(why({ ...manifest(), columns: undefined })).toBe('no "columns" list');
    expect(why({ ...manifest(), files: {} })).toBe('no "files" list');
  });

  it('refuses a run count or a size that is not a whole number ≥ 0 (NaN, Infinity, negative, text)', () => {
    expect(why({ ...manifest(), runs: -1 })).toBe('$.runs is -1, expected a whole number ≥ 0');
    expect(why(JSON.parse(JSON.stringify(manifest()).replace('"runs":3', '"runs":1e999')))).toBe('$.runs is Infinity, expected a whole number ≥ 0');
    for (const [bytes, shown] of [[-5, '-5'], [Infinity, 'Infinity'], [NaN, 'NaN'], [1.5, '1.5'], ['909312', '"909312"'], [null, 'null']] as const) {
      const json = manifest();
      json.files[0].bytes = bytes;
      expect(why(json)).toBe(`$.files[0].bytes is ${shown}, expected a whole number of bytes ≥ 0`);
    }
  });

  it('refuses a file entry without a name or a sha256 of 64 hex digits, and a manifest not listing runlens.sqlite', () => {
    const noName = manifest();
    noName.files[1] = { bytes: 1, sha256: sha };
    expect(why(noName)).toBe('$.files[1].name is undefined, expected a file name');
    const badHash = manifest();
    badHash.files[0].sha256 = 'ABC';
    expect(why(badHash)).toBe('$.files[0].sha256 is "ABC", expected 64 lower-case hex digits');
    const nullFile = manifest();
    nullFile.files[0] = null as never;
    expect(why(nullFile)).toBe('$.files[0] is null, expected an object');
    const noSqlite = manifest();
    noSqlite.files.shift();
    expect(why(noSqlite)).toBe('$.files lists no runlens.sqlite');
  });

  it('refuses a column entry the app could not use (null, no name, unknown SQL type, no title or unit, no exactInBrowser)', () => {
    const cases: [(json: ReturnType<typeof manifest>) => void, string][] = [
      [(json) => (json.columns[1] = null as never), '$.columns[1] is null, expected an object'],
      [(json) => delete json.columns[2].name, '$.columns[2].name is undefined, expected a column name'],
      [(json) => (json.columns[1].sqlType = 'BLOB'), '$.columns[1].sqlType is "BLOB", expected "INTEGER", "REAL" or "TEXT"'],
      [(json) => (json.columns[1].title = 3), '$.columns[1].title is 3, expected text'],
      [(json) => delete json.columns[1].unit, '$.columns[1].unit is undefined, expected text'],
      [(json) => (json.columns[1].exactInBrowser = 'yes'), '$.columns[1].exactInBrowser is "yes", expected true or false'],
    ];
    for (const [spoil, expected] of cases) {
      const json = manifest();
      spoil(json);
      expect(why(json)).toBe(expected);
    }
  });

  it('refuses a column listed twice and a column list without run', () => {
    const twice = manifest();
    twice.columns.push(column('tpc.meanMIP'));
    expect(why(twice)).toBe('$.columns[3].name "tpc.meanMIP" is listed twice');
    const noRun = manifest();
    noRun.columns.shift();
    expect(why(noRun)).toBe('$.columns lists no "run" column');
  });

  it('refuses column files that are not one per column, in order, named and encoded by index and SQL type', () => {
    const cases: [(json: ReturnType<typeof manifest>) => void, string][] = [
      [(json) => delete (json as Record<string, unknown>).columnFiles, 'no "columnFiles" list'],
      [(json) => json.columnFiles.pop(), '$.columnFiles lists 2 files for 3 columns'],
      [(json) => (json.columnFiles[1].sha256 = 'x'), '$.columnFiles[1].sha256 is "x", expected 64 lower-case hex digits'],
      [(json) => (json.columnFiles[1].bytes = -1), '$.columnFiles[1].bytes is -1, expected a whole number of bytes ≥ 0'],
      [(json) => json.columnFiles.reverse(), '$.columnFiles[0].column is "rct.period", expected "run" (the column at the same place)'],
      [(json) => (json.columnFiles[2].encoding = 'f64'), '$.columnFiles[2].encoding is "f64", expected "codes" (for TEXT)'],
      [(json) => (json.columnFiles[1].name = '../runlens.sqlite'), '$.columnFiles[1].name is "../runlens.sqlite", expected "cols/1.f64"'],
      [(json) => (json.columnFiles[1].name = 'cols/2.f64'), '$.columnFiles[1].name is "cols/2.f64", expected "cols/1.f64"'],
    ];
    for (const [spoil, expected] of cases) {
      const json = manifest();
      spoil(json);
      expect(why(json)).toBe(expected);
    }
  });

  it('shortens long values in its text', () => {
    expect(why({ format: 'x'.repeat(100) })).toBe(`format is "${'x'.repeat(36)}…, expected "runlens-data/3"`);
  });
});
