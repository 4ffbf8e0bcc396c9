import type { Database } from 'sql.js';
import { DATA_FILES } from '../contract/data-contract';
import { countRuns, missingColumns } from './database-columns';
import { LoadError } from './load-error';
import { loadMessages } from './load-messages';
import { quoteIdentifier } from './quote-identifier';
import { sqlLoadError } from './sql-load-error';
import { toCategorical } from './to-categorical';
import type { CategoricalColumn, NumericColumn, ReadRequest, TypedTable } from './typed-table';

type Raw = string | number | null;

/**
 * Reads `run` plus the requested columns of `runs` straight into typed columns
 * with one prepared statement and a step() loop (rows ordered by run); a column
 * asked for both ways is selected once and filled both ways.
 * Numbers → Float64Array with NaN for NULL; categories → codes + dictionary.
 * Throws a LoadError naming runlens.sqlite when a column is not in the
 * database (checked first: SQLite would read a quoted unknown name as text)
 * or SQLite fails reading it (a damaged file).
 */
export function readColumns(db: Database, wanted: readonly ReadRequest[]): TypedTable {
  const names = [...new Set(wanted.map((request) => request.name))].filter((name) => name !== 'run');
  const asked = (name: string, readAs: ReadRequest['readAs']) => wanted.some((r) => r.name === name && r.readAs === readAs);
  const file = DATA_FILES.sqlite;
  let size: number;
  try {
    const missing = missingColumns(db, ['run', ...names]);
    if (missing.length) throw new LoadError('contents', file, loadMessages.missingColumns(file, missing, DATA_FILES.manifest));
    size = countRuns(db);
  } catch (error) {
    throw sqlLoadError(file, error);
  }
  const run = new Float64Array(size);
  const numbers = names.map((name) => (asked(name, 'numeric') ? new Float64Array(size) : null));
  const raws = names.map((name) => (asked(name, 'categorical') ? new Array<Raw>(size) : null));
  const select = ['run', ...names].map(quoteIdentifier).join(', ');
  try {
    const statement = db.prepare(`SELECT ${select} FROM runs ORDER BY run`);
    try {
      for (let row = 0; statement.step() && row < size; row++) {
        const values = statement.get();
        run[row] = Number(values[0]);
        for (let c = 0; c < names.length; c++) {
          const value = values[c + 1];
          const target = numbers[c];
          const raw = raws[c];
          if (target) target[row] = value === null ? NaN : Number(value);
          if (raw) raw[row] = value === null || value instanceof Uint8Array ? null : value;
        }
      }
    } finally {
      statement.free();
    }
  } catch (error) {
    throw sqlLoadError(file, error);
  }
  const numeric = new Map<string, NumericColumn>([['run', { kind: 'numeric', name: 'run', values: run }]]);
  const categories = new Map<string, CategoricalColumn>();
  names.forEach((name, c) => {
    const target = numbers[c];
    const raw = raws[c];
    if (target) numeric.set(name, { kind: 'numeric', name, values: target });
    if (raw) categories.set(name, toCategorical(name, raw));
  });
  if (asked('run', 'categorical')) categories.set('run', toCategorical('run', Array.from(run)));
  return { size, run, numbers: numeric, categories };
}
