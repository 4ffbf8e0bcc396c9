import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { LoadError } from '../../src/data/load-error';
import { loadMessages } from '../../src/data/load-messages';
import { readColumns } from './read-sqlite-columns';

let db: Database;

/** Creates `table` (run INTEGER PRIMARY KEY + columns) holding `rows`, and lists its columns in the columns table. */
function addTable(target: Database, table: string, columns: [string, string][], rows: unknown[][]): void {
  target.run(`CREATE TABLE "${table}" (run INTEGER PRIMARY KEY${columns.map(([n, t]) => `, "${n}" ${t}`).join('')})`);
  for (const row of rows) target.run(`INSERT INTO "${table}" VALUES (${row.map(() => '?').join(', ')})`, row.map((v) => (typeof v === 'bigint' ? v.toString() : v)) as never);
  for (const [name] of columns) target.run('INSERT INTO columns (name, table_name) VALUES (?, ?)', [name, table]);
}

/** The layout of runlens-data/2: runs (every run), data tables per source, columns saying where each column lives. */
function dataSet(SQL: Awaited<ReturnType<typeof initSqlJs>>, runs: number[]): Database {
  const target = new SQL.Database();
  target.run('CREATE TABLE runs (run INTEGER PRIMARY KEY)');
  target.run('CREATE TABLE columns (name TEXT, table_name TEXT)');
  for (const run of runs) target.run('INSERT INTO runs VALUES (?)', [run]);
  target.run('INSERT INTO columns VALUES (\'run\', \'runs\')');
  return target;
}

beforeAll(async () => {
  const SQL = await initSqlJs();
  db = dataSet(SQL, [290221, 285012, 287000, 286500]);
  addTable(db, 'runs_tpc_1', [['tpc.meanMIP', 'REAL'], ['tpc.dcar[0]', 'REAL']], [[290221, 50.5, -0.25], [285012, null, 0], [287000, 49.75, null], [286500, 0, 1.5]]);
  addTable(db, 'runs_rct_1', [['rct.period', 'TEXT'], ['rct.fill', 'INTEGER']], [[290221, 'LHC18b', 6123], [285012, 'LHC18c', null], [287000, null, 6124], [286500, 'LHC18b', 6123]]);
  // evs lacks run 287000: read as missing.
  addTable(db, 'runs_evs_1', [['evs.nEvents', 'INTEGER']], [[290221, 9007199254740993n], [285012, 12], [286500, 0]]);
});

describe('readColumns', () => {
  it('reads run ascending and numeric columns into Float64Array with NaN for NULL (zero stays zero)', () => {
    const table = readColumns(db, [{ name: 'run', readAs: 'numeric' }, { name: 'tpc.meanMIP', readAs: 'numeric' }, { name: 'tpc.dcar[0]', readAs: 'numeric' }]);
    expect(table.size).toBe(4);
    expect([...table.run]).toEqual([285012, 286500, 287000, 290221]);
    const mip = table.numbers.get('tpc.meanMIP');
    expect(mip?.kind).toBe('numeric');
    expect(mip?.kind === 'numeric' && [...mip.values]).toEqual([NaN, 0, 49.75, 50.5]);
    const dcar = table.numbers.get('tpc.dcar[0]');
    expect(dcar?.kind === 'numeric' && dcar.values).toEqual(new Float64Array([0, 1.5, NaN, -0.25]));
  });

  it('reads text as sorted categories with a missing (null) code last', () => {
    const table = readColumns(db, [{ name: 'rct.period', readAs: 'categorical' }]);
    const period = table.categories.get('rct.period');
    expect(period).toEqual({
      kind: 'categorical',
      name: 'rct.period',
      codes: new Uint32Array([1, 0, 2, 0]),
      dictionary: ['LHC18b', 'LHC18c', null],
    });
  });

  it('reads an INTEGER column as categories in numeric order when asked', () => {
    const table = readColumns(db, [{ name: 'rct.fill', readAs: 'categorical' }]);
    const fill = table.categories.get('rct.fill');
    expect(fill?.kind === 'categorical' && fill.dictionary).toEqual(['6123', '6124', null]);
    expect(fill?.kind === 'categorical' && [...fill.codes]).toEqual([2, 0, 1, 0]);
  });

  it('rounds 64-bit integers beyond 2^53 to the nearest double', () => {
    const table = readColumns(db, [{ name: 'evs.nEvents', readAs: 'numeric' }]);
    const events = table.numbers.get('evs.nEvents');
    expect(events?.kind === 'numeric' && [...events.values]).toEqual([12, 0, NaN, 9007199254740992]);
  });

  it('returns empty columns for an empty runs table', async () => {
    const SQL = await initSqlJs();
    const empty = dataSet(SQL, []);
    addTable(empty, 'runs_a_1', [['a.b', 'REAL']], []);
    const table = readColumns(empty, [{ name: 'a.b', readAs: 'numeric' }]);
    expect(table.size).toBe(0);
    expect(table.numbers.get('a.b')).toEqual({ kind: 'numeric', name: 'a.b', values: new Float64Array(0) });
  });

  it('reads a column asked for both ways once, as numbers and as categories', () => {
    const table = readColumns(db, [
      { name: 'rct.fill', readAs: 'numeric' },
      { name: 'rct.fill', readAs: 'categorical' },
    ]);
    expect(table.numbers.get('rct.fill')).toEqual({ kind: 'numeric', name: 'rct.fill', values: new Float64Array([NaN, 6123, 6124, 6123]) });
    expect(table.categories.get('rct.fill')).toEqual({
      kind: 'categorical',
      name: 'rct.fill',
      codes: new Uint32Array([2, 0, 1, 0]),
      dictionary: ['6123', '6124', null],
    });
    expect([...table.numbers.keys()]).toEqual(['run', 'rct.fill']);
  });

  it('reads columns of several tables of one source and of several sources, one SELECT each, merged by run', () => {
    const table = readColumns(db, [{ name: 'evs.nEvents', readAs: 'numeric' }, { name: 'tpc.meanMIP', readAs: 'numeric' }, { name: 'rct.period', readAs: 'categorical' }]);
    expect([...table.numbers.keys()]).toEqual(['run', 'evs.nEvents', 'tpc.meanMIP']);
    expect([...table.numbers.get('tpc.meanMIP')!.values]).toEqual([NaN, 0, 49.75, 50.5]);
    expect(table.categories.get('rct.period')?.dictionary).toEqual(['LHC18b', 'LHC18c', null]);
  });

  it('refuses a column the database lacks instead of reading its quoted name as text', () => {
    const read = () => readColumns(db, [{ name: 'rct.beamType', readAs: 'categorical' }, { name: 'tpc.meanMIP', readAs: 'numeric' }]);
    expect(read).toThrow(LoadError);
    expect(read).toThrow(loadMessages.missingColumns('runlens.sqlite', ['rct.beamType'], 'manifest.json'));
  });

  it('refuses a table holding a run the runs table lacks (a damaged file)', async () => {
    const SQL = await initSqlJs();
    const bad = dataSet(SQL, [1, 3]);
    addTable(bad, 'runs_a_1', [['a.x', 'REAL']], [[1, 0.5], [2, 1.5]]);
    expect(() => readColumns(bad, [{ name: 'a.x', readAs: 'numeric' }])).toThrow(loadMessages.runNotListed('runlens.sqlite', 'runs_a_1', 2));
  });

  it('reads run as categories too when a row chart counts runs', () => {
    const table = readColumns(db, [{ name: 'run', readAs: 'categorical' }]);
    expect(table.categories.get('run')).toEqual({
      kind: 'categorical',
      name: 'run',
      codes: new Uint32Array([0, 1, 2, 3]),
      dictionary: ['285012', '286500', '287000', '290221'],
    });
  });
});
