import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnTables, countRuns, declaredColumns, missingColumns, missingTables, tableNames } from '../../../src/data/database-columns';

let db: Database;
let bare: Database;

beforeAll(async () => {
  const SQL = await initSqlJs();
  db = new SQL.Database();
  db.run('CREATE TABLE runs (run INTEGER PRIMARY KEY)');
  db.run('CREATE TABLE runs_tpc_1 (run INTEGER PRIMARY KEY, "tpc.meanMIP" REAL, "say ""hi""" TEXT)');
  db.run('CREATE TABLE runs_tpc_2 (run INTEGER PRIMARY KEY, "tpc.dcar[0]" REAL)');
  db.run('CREATE TABLE columns (name TEXT, table_name TEXT)');
  // tpc.ghost is listed but its table does not declare it; rct.period is not listed at all.
  db.run(`INSERT INTO columns VALUES ('run', 'runs'), ('tpc.meanMIP', 'runs_tpc_1'), ('say "hi"', 'runs_tpc_1'), ('tpc.dcar[0]', 'runs_tpc_2'), ('tpc.ghost', 'runs_tpc_2')`);
  db.run('INSERT INTO runs (run) VALUES (1), (2), (5)');
  bare = new SQL.Database();
  bare.run('CREATE TABLE other (x)');
});

describe('database columns', () => {
  it('lists the tables and the columns a table declares', () => {
    expect(tableNames(db)).toEqual(new Set(['runs', 'runs_tpc_1', 'runs_tpc_2', 'columns']));
    expect(declaredColumns(db, 'runs_tpc_1')).toEqual(new Set(['run', 'tpc.meanMIP', 'say "hi"']));
  });
  it('finds each column in the table the columns table names, when that table declares it', () => {
    expect(columnTables(db, ['run', 'tpc.dcar[0]', 'tpc.meanMIP', 'tpc.ghost', 'rct.period'])).toEqual(new Map([
      ['run', 'runs'], ['tpc.meanMIP', 'runs_tpc_1'], ['tpc.dcar[0]', 'runs_tpc_2'],
    ]));
  });
  it('names the requested columns the database lacks, in their order (a quoted unknown name never counts as present)', () => {
    expect(missingColumns(db, ['run', 'rct.period', 'tpc.meanMIP', 'tpc.ghost', 'tpc.dcar[1]'])).toEqual(['rct.period', 'tpc.ghost', 'tpc.dcar[1]']);
    expect(missingColumns(db, ['say "hi"'])).toEqual([]);
  });
  it('names the required tables a database lacks', () => {
    expect(missingTables(db)).toEqual([]);
    expect(missingTables(bare)).toEqual(['runs', 'columns']);
  });
  it('counts the runs', () => {
    expect(countRuns(db)).toBe(3);
  });
});
