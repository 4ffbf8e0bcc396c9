import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportEntry, SourceMeta } from '../../../src/contract/data-contract';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { columnMeta } from '../../../scripts/pipeline/column-meta';
import { joinOnRun } from '../../../scripts/pipeline/join-on-run';
import type { JoinedTable } from '../../../scripts/pipeline/joined-table';
import { messages } from '../../../scripts/pipeline/messages';
import { planTables } from '../../../scripts/pipeline/plan-tables';
import { fillSqlite, loadSqlJs, quoteIdentifier, writeSqlite } from '../../../scripts/pipeline/write-sqlite';
import { big, caught, int, real, sourceTable, text } from './helpers';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const { table } = joinOnRun([
  sourceTable('tpc', [100, 200, 300], [real('dcar[0]', [0, NaN, Infinity]), real('x', [-Infinity, 1.5, -0.25])]),
  sourceTable('evs', [100, 200, 300], [big('nEvents', [2n ** 53n + 1n, null, -(2n ** 63n)]), int('n', [0, NaN, 2 ** 40])]),
  sourceTable('rct', [100, 300, 400], [text('period', ['LHC18b', 'it\'s "q"', null])]),
]);
const sources: SourceMeta[] = [{
  name: 'tpc', kind: 'root', tree: 'tpcQA', key: 'run', duplicates: 'last', entries: 3, runs: 3,
  files: [{ path: 'a.root', bytes: 10, sha256: 'aa', entries: 2, rootVersion: '6.30/02', compression: 'zlib-1' },
    { path: 'b.root', bytes: 20, sha256: 'bb', entries: 1, rootVersion: '6.30/02', compression: 'none' }],
}];
const report: ReportEntry[] = [
  { kind: 'partial-run', run: 200, presentIn: ['tpc'], missingFrom: ['rct'] },
  { kind: 'empty-tree', source: 'tpc', file: 'c.root', tree: 'tpcQA' },
];

function build(t: JoinedTable, max?: number) {
  const plans = planTables(t, max);
  return writeSqlite(SQL, { table: t, plans, columns: columnMeta(plans), sources, report });
}

function open(max?: number) {
  return new SQL.Database(build(table, max));
}

function all(db: InstanceType<SqlJsStatic['Database']>, sql: string): unknown[][] {
  const statement = db.prepare(sql);
  const rows: unknown[][] = [];
  // sql.js 1.16 accepts {useBigInt} (64-bit INTEGER as bigint); @types/sql.js 1.4 does not declare it.
  const get = statement.get.bind(statement) as unknown as (params: null, config: { useBigInt: boolean }) => unknown[];
  while (statement.step()) rows.push(get(null, { useBigInt: true }));
  statement.free();
  return rows;
}

describe('writeSqlite', () => {
  it('creates runs (every run) and one table per source and column group, run INTEGER PRIMARY KEY in each, names quoted as written', () => {
    const db = open(1);
    expect(all(db, 'SELECT name FROM sqlite_schema WHERE type = \'table\' ORDER BY rowid').map((r) => r[0])).toEqual([
      'runs', 'runs_tpc_1', 'runs_tpc_2', 'runs_evs_1', 'runs_evs_2', 'runs_rct_1', 'columns', 'sources', 'build_report',
    ]);
    expect(all(db, 'SELECT run FROM runs')).toEqual([[100n], [200n], [300n], [400n]]);
    expect(all(db, 'SELECT name, type, pk FROM pragma_table_info(\'runs_tpc_2\')')).toEqual([['run', 'INTEGER', 1n], ['tpc.x', 'REAL', 0n]]);
    expect(all(db, 'SELECT name, type, pk FROM pragma_table_info(\'runs_rct_1\')')).toEqual([['run', 'INTEGER', 1n], ['rct.period', 'TEXT', 0n]]);
    expect(all(db, 'SELECT table_name, count(*) FROM columns GROUP BY table_name ORDER BY min(rowid)')).toEqual([
      ['runs', 1n], ['runs_tpc_1', 1n], ['runs_tpc_2', 1n], ['runs_evs_1', 1n], ['runs_evs_2', 1n], ['runs_rct_1', 1n],
    ]);
  });

  it('round-trips values: 0 vs NULL, ±Inf as REAL, 64-bit beyond 2^53 exact as INTEGER, text; each table holds only its source\'s runs', () => {
    const db = open();
    expect(all(db, 'SELECT run, "tpc.dcar[0]", typeof("tpc.dcar[0]"), "tpc.x" FROM runs_tpc_1 ORDER BY run')).toEqual([
      [100n, 0, 'real', -Infinity], [200n, null, 'null', 1.5], [300n, Infinity, 'real', -0.25],
    ]);
    expect(all(db, 'SELECT run, "evs.nEvents", typeof("evs.nEvents"), "evs.n" FROM runs_evs_1 ORDER BY run')).toEqual([
      [100n, 9007199254740993n, 'integer', 0n], [200n, null, 'null', null], [300n, -9223372036854775808n, 'integer', 1099511627776n],
    ]);
    expect(all(db, 'SELECT run, "rct.period" FROM runs_rct_1 ORDER BY run')).toEqual([[100n, 'LHC18b'], [300n, 'it\'s "q"'], [400n, null]]);
    expect(all(db, 'SELECT count(*) FROM runs_tpc_1 WHERE "tpc.dcar[0]" = 0')).toEqual([[1n]]);
    expect(all(db, 'SELECT run FROM runs_evs_1 WHERE "evs.nEvents" = 9007199254740993')).toEqual([[100n]]);
  });

  it('builds and reopens 10,000 columns (SQLite allows 2,000 per table)', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => real(`v${i}`, [i, -i]));
    const wide = joinOnRun([sourceTable('w', [1, 2], names)]).table;
    const db = new SQL.Database(build(wide));
    expect(all(db, 'SELECT count(*) FROM columns')).toEqual([[10_001n]]);
    expect(all(db, 'SELECT run, "w.v0", "w.v999" FROM runs_w_1 ORDER BY run')).toEqual([[1n, 0, 999], [2n, 0, -999]]);
    expect(all(db, 'SELECT run, "w.v9999" FROM runs_w_10 ORDER BY run')).toEqual([[1n, 9999], [2n, -9999]]);
  });

  it('writes the columns, sources (one row per file) and build_report tables', () => {
    const db = open();
    expect(all(db, 'SELECT * FROM columns WHERE name IN (\'run\', \'evs.nEvents\')')).toEqual([
      ['run', 'runs', '', 'INTEGER', 'key', '', '', 1n],
      ['evs.nEvents', 'runs_evs_1', 'evs', 'INTEGER', 'Long64_t', '', '', 0n],
    ]);
    expect(all(db, 'SELECT * FROM sources')).toEqual([
      ['tpc', 'root', 'tpcQA', 'run', 'last', 'a.root', 10n, 'aa', 2n, '6.30/02', 'zlib-1'],
      ['tpc', 'root', 'tpcQA', 'run', 'last', 'b.root', 20n, 'bb', 1n, '6.30/02', 'none'],
    ]);
    const rows = all(db, 'SELECT kind, source, run, json FROM build_report');
    expect(rows.map((r) => r.slice(0, 3))).toEqual([['partial-run', '', 200n], ['empty-tree', 'tpc', null]]);
    expect(rows.map((r) => JSON.parse(r[3] as string))).toEqual(report);
  });

  it('refuses a 64-bit value beyond the signed range, naming the column', async () => {
    const wide = joinOnRun([sourceTable('evs', [1], [big('u', [2n ** 63n])])]).table;
    const error = (await caught(() => build(wide))) as BuildError;
    expect(error.kind).toBe('value-out-of-range');
    expect(error.message).toBe(messages.valueOutOfRange('evs.u', '9223372036854775808'));
  });
});

describe('quoteIdentifier', () => {
  it('wraps in double quotes and doubles inner quotes', () => {
    expect(quoteIdentifier('tpc.dcar[0]')).toBe('"tpc.dcar[0]"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});

describe('fillSqlite', () => {
  it('with release, empties each table\'s columns once written, the file holding every value', async () => {
    const t = joinOnRun([sourceTable('a', [1, 2], [real('x', [0.5, 1.5])]), sourceTable('b', [2], [text('q', ['Good'])])]).table;
    const plans = planTables(t);
    const db = new SQL.Database();
    fillSqlite(db, { table: t, plans, columns: columnMeta(plans), sources: [], report: [] }, { release: true });
    expect(plans.flatMap((p) => p.columns.map((c) => [c.values.kind, c.values.data.length]))).toEqual([['real', 0], ['text', 0]]);
    expect(db.exec('SELECT run, "a.x" FROM runs_a_1')[0].values).toEqual([[1, 0.5], [2, 1.5]]);
    expect(db.exec('SELECT run, "b.q" FROM runs_b_1')[0].values).toEqual([[2, 'Good']]);
  });
});
