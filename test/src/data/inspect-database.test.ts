import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMeta, DataManifest } from '../../../src/contract/data-contract';
import { inspectDatabase } from '../../../src/data/inspect-database';
import { LoadError } from '../../../src/data/load-error';
import { loadMessages } from '../../../src/data/load-messages';

const url = 'http://h/data/runlens.sqlite';
const manifestUrl = 'http://h/data/manifest.json';
const column = (name: string): ColumnMeta => ({ name, table: 'runs_tpc_1', source: 'tpc', sqlType: 'REAL', rootType: 'Float_t', title: '', unit: '', exactInBrowser: true });
const manifest = (names: string[], runs: number) => ({ runs, columns: names.map(column) }) as unknown as DataManifest;

let SQL: SqlJsStatic;
/** A database as the build writes it: runs with `rows` runs, meanMIP in runs_tpc_1, and a columns table saying so. */
function built(rows: number, tables = ['runs', 'columns']) {
  const db = new SQL.Database();
  if (tables.includes('runs')) {
    db.run('CREATE TABLE runs (run INTEGER PRIMARY KEY)');
    db.run('CREATE TABLE runs_tpc_1 (run INTEGER PRIMARY KEY, "tpc.meanMIP" REAL)');
    for (let i = 0; i < rows; i++) {
      db.run('INSERT INTO runs VALUES (?)', [1000 + i]);
      db.run('INSERT INTO runs_tpc_1 VALUES (?, ?)', [1000 + i, i / 7]);
    }
  }
  if (tables.includes('columns')) {
    db.run('CREATE TABLE columns (name TEXT, table_name TEXT)');
    db.run("INSERT INTO columns VALUES ('run', 'runs'), ('tpc.meanMIP', 'runs_tpc_1'), ('rct.fill', 'runs_tpc_1')");
  }
  return db;
}
const failure = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

beforeAll(async () => {
  SQL = await initSqlJs();
});

describe('inspectDatabase', () => {
  it('passes a database that holds what the manifest lists', () => {
    expect(failure(() => inspectDatabase(built(3), manifest(['run', 'tpc.meanMIP'], 3), url, manifestUrl))).toBeUndefined();
  });
  it('names a missing runs or columns table (zero bytes open as an empty database)', () => {
    const empty = new SQL.Database(new Uint8Array(0));
    expect(failure(() => inspectDatabase(empty, manifest(['run'], 0), url, manifestUrl))).toMatchObject({
      kind: 'contents', file: url, message: loadMessages.noTable(url, 'runs', 'one row per run'),
    });
    expect(failure(() => inspectDatabase(built(1, ['runs']), manifest(['run'], 1), url, manifestUrl))).toMatchObject({
      message: loadMessages.noTable(url, 'columns', 'the column metadata, with the table of each column'),
    });
  });
  it('names the columns the manifest lists and the database lacks', () => {
    const error = failure(() => inspectDatabase(built(3), manifest(['run', 'rct.period', 'tpc.meanMIP', 'rct.fill'], 3), url, manifestUrl));
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ kind: 'contents', message: loadMessages.missingColumns(url, ['rct.period', 'rct.fill'], manifestUrl) });
  });
  it('names a run count that is not the manifest’s', () => {
    expect(failure(() => inspectDatabase(built(3), manifest(['run'], 4), url, manifestUrl))).toMatchObject({
      message: loadMessages.runCount(url, 3, manifestUrl, 4),
    });
  });
  it('names a truncated database as damaged', () => {
    const bytes = built(4000).export();
    const cut = new SQL.Database(bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = failure(() => inspectDatabase(cut, manifest(['run', 'tpc.meanMIP'], 4000), url, manifestUrl)) as LoadError;
    expect(error.kind).toBe('sqlite');
    expect(error.message).toMatch(/is a damaged SQLite database \(SQLite: .*malformed.*\)/);
  });
});
