import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRuns, missingColumns, missingTables, runsColumns, tableNames } from '../../../src/data/database-columns';

let db: Database;
let bare: Database;

beforeAll(async () => {
  const SQL = await initSqlJs();
  db = new SQL.Database();
  db.run('CREATE TABLE runs (run INTEGER PRIMARY KEY, "tpc.meanMIP" REAL, "tpc.dcar[0]" REAL, "say ""hi""" TEXT)');
  db.run('CREATE TABLE columns (name TEXT)');
  db.run('INSERT INTO runs (run) VALUES (1), (2), (5)');
  bare = new SQL.Database();
  bare.run('CREATE TABLE other (x)');
});

describe('database columns', () => {
  it('lists the tables and the columns of runs as SQLite declares them', () => {
    expect(tableNames(db)).toEqual(new Set(['runs', 'columns']));
    expect(runsColumns(db)).toEqual(new Set(['run', 'tpc.meanMIP', 'tpc.dcar[0]', 'say "hi"']));
  });
  it('names the requested columns runs lacks, in their order (a quoted unknown name never counts as present)', () => {
    expect(missingColumns(db, ['run', 'rct.period', 'tpc.meanMIP', 'tpc.dcar[1]'])).toEqual(['rct.period', 'tpc.dcar[1]']);
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
