import type { Database } from 'sql.js';
import { RUNS_TABLE } from '../contract/data-contract';
import { loadMessages } from './load-messages';
import { quoteIdentifier } from './quote-identifier';
import { toCategorical } from './to-categorical';
import type { CategoricalColumn, NumericColumn, ReadRequest, TypedTable } from './typed-table';

type Raw = string | number | null;

/** Where one column is read into: its slot in the select and its typed targets. */
interface Target {
  name: string;
  numbers: Float64Array | null;
  raw: Raw[] | null;
}

/**
 * Reads `run` (every run of the `runs` table, ascending) plus the requested
 * columns into typed columns. Each column lives in the data table its
 * `columns` row names (`table_name`); each table needed is read with one
 * prepared statement and a step() loop, rows ordered by run, and merged into
 * the runs by walking both in order. A run a table does not hold is missing
 * (NaN, or the `(missing)` category). A column asked for both ways is
 * selected once and filled both ways.
 * Numbers → Float64Array with NaN for NULL; categories → codes + dictionary.
 * Throws naming the column when one is not in the `columns` table, and when a
 * table holds a run that `runs` lacks (a damaged file).
 */
export function readColumns(db: Database, wanted: readonly ReadRequest[]): TypedTable {
  const names = [...new Set(wanted.map((request) => request.name))].filter((name) => name !== 'run');
  const asked = (name: string, readAs: ReadRequest['readAs']) => wanted.some((r) => r.name === name && r.readAs === readAs);
  const run = readRuns(db);
  const size = run.length;
  const targets = names.map((name): Target => ({
    name,
    numbers: asked(name, 'numeric') ? new Float64Array(size).fill(NaN) : null,
    raw: asked(name, 'categorical') ? new Array<Raw>(size).fill(null) : null,
  }));
  for (const [table, inTable] of groupByTable(db, targets)) readTable(db, table, inTable, run);
  const numeric = new Map<string, NumericColumn>([['run', { kind: 'numeric', name: 'run', values: run }]]);
  const categories = new Map<string, CategoricalColumn>();
  for (const { name, numbers, raw } of targets) {
    if (numbers) numeric.set(name, { kind: 'numeric', name, values: numbers });
    if (raw) categories.set(name, toCategorical(name, raw));
  }
  if (asked('run', 'categorical')) categories.set('run', toCategorical('run', Array.from(run)));
  return { size, run, numbers: numeric, categories };
}

function readRuns(db: Database): Float64Array {
  const count = Number(db.exec(`SELECT count(*) FROM ${quoteIdentifier(RUNS_TABLE)}`)[0]?.values[0]?.[0] ?? 0);
  const run = new Float64Array(count);
  const statement = db.prepare(`SELECT run FROM ${quoteIdentifier(RUNS_TABLE)} ORDER BY run`);
  try {
    for (let row = 0; row < count && statement.step(); row++) run[row] = Number(statement.get()[0]);
  } finally {
    statement.free();
  }
  return run;
}

/** The targets by the table holding each (from the `columns` table), in order of first use. */
function groupByTable(db: Database, targets: Target[]): Map<string, Target[]> {
  const byTable = new Map<string, Target[]>();
  const statement = db.prepare('SELECT table_name FROM columns WHERE name = ?');
  try {
    for (const target of targets) {
      const found = statement.get([target.name]);
      statement.reset();
      if (found.length === 0 || typeof found[0] !== 'string') throw new Error(loadMessages.columnNotListed(target.name));
      const list = byTable.get(found[0]) ?? [];
      list.push(target);
      byTable.set(found[0], list);
    }
  } finally {
    statement.free();
  }
  return byTable;
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
      if (at === run.length || run[at] !== r) throw new Error(loadMessages.runNotListed(table, r));
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
