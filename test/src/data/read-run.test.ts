import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { createRunReader } from '../../../src/data/read-run';

let db: Database;

const meta = (name: string, table: string, sqlType: ColumnMeta['sqlType'], exactInBrowser = true): ColumnMeta => ({
  name, table, source: name.split('.')[0], sqlType, rootType: 'Float_t', title: '', unit: '', exactInBrowser,
});
const columns = [
  meta('run', 'runs', 'INTEGER'),
  meta('tpc.meanMIP', 'runs_tpc_1', 'REAL'),
  meta('rct.period', 'runs_rct_1', 'TEXT'),
  meta('evs.nEvents', 'runs_evs_1', 'INTEGER', false),
  meta('tpc.gone', 'runs_tpc_1', 'REAL'),
];

beforeAll(async () => {
  const SQL = await initSqlJs();
  db = new SQL.Database();
  db.run('CREATE TABLE runs (run INTEGER PRIMARY KEY)');
  db.run('CREATE TABLE columns (name TEXT, table_name TEXT)');
  db.run("INSERT INTO columns VALUES ('run', 'runs'), ('tpc.meanMIP', 'runs_tpc_1'), ('rct.period', 'runs_rct_1'), ('evs.nEvents', 'runs_evs_1')");
  db.run('CREATE TABLE runs_tpc_1 (run INTEGER PRIMARY KEY, "tpc.meanMIP" REAL)');
  db.run('CREATE TABLE runs_rct_1 (run INTEGER PRIMARY KEY, "rct.period" TEXT)');
  db.run('CREATE TABLE runs_evs_1 (run INTEGER PRIMARY KEY, "evs.nEvents" INTEGER)');
  for (const run of [285012, 286500, 290221]) db.run('INSERT INTO runs VALUES (?)', [run]);
  db.run('INSERT INTO runs_tpc_1 VALUES (285012, 50.123456789012344), (286500, NULL), (290221, 0)');
  db.run("INSERT INTO runs_rct_1 VALUES (285012, 'LHC18b'), (290221, '007')");
  db.run("INSERT INTO runs_evs_1 VALUES (285012, 9007199254740993), (286500, 12)");
});

describe('createRunReader', () => {
  it('reads every column of a run, reals exact, text as text, a 64-bit integer beyond 2^53 as its exact digits', () => {
    const reader = createRunReader(db, columns);
    expect(reader.read(285012)).toEqual(new Map<string, unknown>([['run', 285012], ['tpc.meanMIP', 50.123456789012344], ['rct.period', 'LHC18b'], ['evs.nEvents', '9007199254740993']]));
    reader.free();
  });

  it('gives null for NULL and for a run a table does not hold; zero and "007" stay as they are', () => {
    const reader = createRunReader(db, columns);
    expect(reader.read(286500)).toEqual(new Map<string, unknown>([['run', 286500], ['tpc.meanMIP', null], ['rct.period', null], ['evs.nEvents', '12']]));
    expect(reader.read(290221)).toEqual(new Map<string, unknown>([['run', 290221], ['tpc.meanMIP', 0], ['rct.period', '007'], ['evs.nEvents', null]]));
    reader.free();
  });

  it('returns undefined for a run the data does not have and leaves out columns the database lacks', () => {
    const reader = createRunReader(db, columns);
    expect(reader.read(1)).toBeUndefined();
    expect(reader.read(285012)?.has('tpc.gone')).toBe(false);
    reader.free();
  });
});
