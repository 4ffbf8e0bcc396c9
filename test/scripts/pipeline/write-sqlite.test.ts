import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportEntry, SourceMeta } from '../../../src/contract/data-contract';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { columnMeta } from '../../../scripts/pipeline/column-meta';
import type { JoinedTable } from '../../../scripts/pipeline/joined-table';
import { messages } from '../../../scripts/pipeline/messages';
import { loadSqlJs, quoteIdentifier, writeSqlite } from '../../../scripts/pipeline/write-sqlite';
import { big, caught, int, real, text } from './helpers';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const col = (source: string, c: ReturnType<typeof real>) => ({ ...c, name: `${source}.${c.name}`, source });
const table: JoinedTable = {
  runs: Float64Array.of(100, 200, 300),
  columns: [
    col('tpc', real('dcar[0]', [0, NaN, Infinity])),
    col('tpc', real('x', [-Infinity, 1.5, -0.25])),
    col('evs', big('nEvents', [2n ** 53n + 1n, null, -(2n ** 63n)])),
    col('evs', int('n', [0, NaN, 2 ** 40])),
    col('rct', text('period', ['LHC18b', null, 'it\'s "q"'])),
  ],
};
const sources: SourceMeta[] = [{
  name: 'tpc', kind: 'root', tree: 'tpcQA', key: 'run', duplicates: 'last', entries: 3, runs: 3,
  files: [{ path: 'a.root', bytes: 10, sha256: 'aa', entries: 2, rootVersion: '6.30/02', compression: 'zlib-1' },
    { path: 'b.root', bytes: 20, sha256: 'bb', entries: 1, rootVersion: '6.30/02', compression: 'none' }],
}];
const report: ReportEntry[] = [
  { kind: 'partial-run', run: 200, presentIn: ['tpc'], missingFrom: ['rct'] },
  { kind: 'empty-tree', source: 'tpc', file: 'c.root', tree: 'tpcQA' },
];

function open() {
  return new SQL.Database(writeSqlite(SQL, { table, columns: columnMeta(table), sources, report }));
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
  it('creates runs with run INTEGER PRIMARY KEY and one column per variable, names quoted as written', () => {
    const db = open();
    expect(all(db, 'SELECT name, type, pk FROM pragma_table_info(\'runs\')')).toEqual([
      ['run', 'INTEGER', 1n], ['tpc.dcar[0]', 'REAL', 0n], ['tpc.x', 'REAL', 0n], ['evs.nEvents', 'INTEGER', 0n], ['evs.n', 'INTEGER', 0n], ['rct.period', 'TEXT', 0n],
    ]);
  });

  it('round-trips values: 0 vs NULL, ±Inf as REAL, 64-bit beyond 2^53 exact as INTEGER, text', () => {
    const db = open();
    expect(all(db, 'SELECT run, "tpc.dcar[0]", typeof("tpc.dcar[0]"), "tpc.x", "evs.nEvents", typeof("evs.nEvents"), "evs.n", "rct.period" FROM runs ORDER BY rowid')).toEqual([
      [100n, 0, 'real', -Infinity, 9007199254740993n, 'integer', 0n, 'LHC18b'],
      [200n, null, 'null', 1.5, null, 'null', null, null],
      [300n, Infinity, 'real', -0.25, -9223372036854775808n, 'integer', 1099511627776n, 'it\'s "q"'],
    ]);
    expect(all(db, 'SELECT count(*) FROM runs WHERE "tpc.dcar[0]" = 0')).toEqual([[1n]]);
    expect(all(db, 'SELECT run FROM runs WHERE "evs.nEvents" = 9007199254740993')).toEqual([[100n]]);
  });

  it('writes the columns, sources (one row per file) and build_report tables', () => {
    const db = open();
    expect(all(db, 'SELECT * FROM columns WHERE name IN (\'run\', \'evs.nEvents\')')).toEqual([
      ['run', '', 'INTEGER', 'key', '', '', 1n],
      ['evs.nEvents', 'evs', 'INTEGER', 'Long64_t', '', '', 0n],
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
    const wide: JoinedTable = { runs: Float64Array.of(1), columns: [col('evs', big('u', [2n ** 63n]))] };
    const error = (await caught(() => writeSqlite(SQL, { table: wide, columns: columnMeta(wide), sources: [], report: [] }))) as BuildError;
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
