import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { LoadError } from '../../../src/data/load-error';
import { loadMessages } from '../../../src/data/load-messages';
import { readColumns } from '../../../src/data/read-columns';

let db: Database;

beforeAll(async () => {
  const SQL = await initSqlJs();
  db = new SQL.Database();
  db.run('CREATE TABLE runs (run INTEGER PRIMARY KEY, "tpc.meanMIP" REAL, "tpc.dcar[0]" REAL, "rct.period" TEXT, "rct.fill" INTEGER, "evs.nEvents" INTEGER)');
  const rows = [
    [290221, 50.5, -0.25, 'LHC18b', 6123, 9007199254740993n],
    [285012, null, 0, 'LHC18c', null, 12],
    [287000, 49.75, null, null, 6124, null],
    [286500, 0, 1.5, 'LHC18b', 6123, 0],
  ];
  for (const row of rows) db.run('INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?)', row.map((v) => (typeof v === 'bigint' ? v.toString() : v)));
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
    const empty = new SQL.Database();
    empty.run('CREATE TABLE runs (run INTEGER PRIMARY KEY, "a.b" REAL)');
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

  it('reads run as categories too when a row chart counts runs', () => {
    const table = readColumns(db, [{ name: 'run', readAs: 'categorical' }]);
    expect(table.categories.get('run')).toEqual({
      kind: 'categorical',
      name: 'run',
      codes: new Uint32Array([0, 1, 2, 3]),
      dictionary: ['285012', '286500', '287000', '290221'],
    });
  });
  it('refuses a column the database lacks instead of reading its quoted name as text', () => {
    const read = () => readColumns(db, [{ name: 'rct.beamType', readAs: 'categorical' }, { name: 'tpc.meanMIP', readAs: 'numeric' }]);
    expect(read).toThrow(LoadError);
    expect(read).toThrow(loadMessages.missingColumns('runlens.sqlite', ['rct.beamType'], 'manifest.json'));
  });
});
