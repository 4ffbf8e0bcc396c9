import type { Database } from 'sql.js';
import { DATA_FILES, RUNS_TABLE } from '../../src/contract/data-contract';
import { columnTables, countRuns } from '../../src/data/database-columns';
import { LoadError } from '../../src/data/load-error';
import { loadMessages } from '../../src/data/load-messages';
import { quoteIdentifier } from '../../src/data/quote-identifier';
import { sqlLoadError } from '../../src/data/sql-load-error';
import { toCategorical } from '../../src/data/to-categorical';
import type { CategoricalColumn, NumericColumn, ReadRequest, TypedTable } from '../../src/data/typed-table';

/*
 * The reference reader for tests: a view's columns as sql.js reads them from
 * runlens.sqlite (the browser read them this way until the build wrote
 * column files). read-column-files.test.ts checks that the column files give
 * the very same typed table.
 */

type Raw = string | number | null;

/** Where one column is read into: its typed targets (one slot per run). */
interface Target {
  name: string;
  numbers: Float64Array | null;
  raw: Raw[] | null;
}

/**
 * Reads `run` (every run of the `runs` table, ascending) plus the requested
 * columns into typed columns. Each column lives in the data table the
 * `columns` table names for it (database-columns.ts); each table needed is
 * read with one prepared statement and a step() loop, rows ordered by run,
 * and merged into the runs by walking both in order. A run a table does not
 * hold is missing (NaN, or the missing category). A column asked for both
 * ways is selected once and filled both ways.
 * Numbers → Float64Array with NaN for NULL; categories → codes + dictionary.
 * Throws a LoadError naming runlens.sqlite when a column is not in the
 * database (checked first: SQLite would read a quoted unknown name as text),
 * when a table holds a run `runs` lacks, or when SQLite fails reading it.
 */
export function readColumns(db: Database, wanted: readonly ReadRequest[]): TypedTable {
  const names = [...new Set(wanted.map((request) => request.name))].filter((name) => name !== 'run');
  const asked = (name: string, readAs: ReadRequest['readAs']) => wanted.some((r) => r.name === name && r.readAs === readAs);
  const file = DATA_FILES.sqlite;
  try {
    const tables = columnTables(db, ['run', ...names]);
    const missing = ['run', ...names].filter((name) => !tables.has(name));
    if (missing.length) throw new LoadError('contents', file, loadMessages.missingColumns(file, missing, DATA_FILES.manifest));
    const run = readRuns(db);
    const targets = names.map((name): Target => ({
      name,
      numbers: asked(name, 'numeric') ? new Float64Array(run.length).fill(NaN) : null,
      raw: asked(name, 'categorical') ? new Array<Raw>(run.length).fill(null) : null,
    }));
    for (const [table, inTable] of groupBy(targets, (t) => tables.get(t.name)!)) readTable(db, table, inTable, run);
    return toTypedTable(run, targets, asked('run', 'categorical'));
  } catch (error) {
    throw sqlLoadError(file, error);
  }
}

function readRuns(db: Database): Float64Array {
  const run = new Float64Array(countRuns(db));
  const statement = db.prepare(`SELECT run FROM ${quoteIdentifier(RUNS_TABLE)} ORDER BY run`);
  try {
    for (let row = 0; row < run.length && statement.step(); row++) run[row] = Number(statement.get()[0]);
  } finally {
    statement.free();
  }
  return run;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** One SELECT over `table`, its rows placed at their run's index in `run` (both ascending). */
function readTable(db: Database, table: string, targets: Target[], run: Float64Array): void {
  const select = ['run', ...targets.map((t) => t.name)].map(quoteIdentifier).join(', ');
  const statement = db.prepare(`SELECT ${select} FROM ${quoteIdentifier(table)} ORDER BY run`);
  try {
    let at = 0;
    while (statement.step()) {
      const values = statement.get();
      const r = Number(values[0]);
      while (at < run.length && run[at] < r) at++;
      if (at === run.length || run[at] !== r) throw new LoadError('contents', DATA_FILES.sqlite, loadMessages.runNotListed(DATA_FILES.sqlite, table, r));
      for (let c = 0; c < targets.length; c++) {
        const value = values[c + 1];
        const { numbers, raw } = targets[c];
        if (numbers) numbers[at] = value === null ? NaN : Number(value);
        if (raw) raw[at] = value === null || value instanceof Uint8Array ? null : value;
      }
      at++;
    }
  } finally {
    statement.free();
  }
}

function toTypedTable(run: Float64Array, targets: readonly Target[], runAsCategories: boolean): TypedTable {
  const numeric = new Map<string, NumericColumn>([['run', { kind: 'numeric', name: 'run', values: run }]]);
  const categories = new Map<string, CategoricalColumn>();
  for (const { name, numbers, raw } of targets) {
    if (numbers) numeric.set(name, { kind: 'numeric', name, values: numbers });
    if (raw) categories.set(name, toCategorical(name, raw));
  }
  if (runAsCategories) categories.set('run', toCategorical('run', Array.from(run)));
  return { size: run.length, run, numbers: numeric, categories };
}
