import type { Database } from 'sql.js';
import { quoteIdentifier } from './quote-identifier';
import { toCategorical } from './to-categorical';
import type { ReadAs, TypedColumn, TypedTable } from './typed-table';

/**
 * Reads `run` plus the requested columns of `runs` straight into typed columns
 * with one prepared statement and a step() loop (rows ordered by run).
 * Numbers → Float64Array with NaN for NULL; categories → codes + dictionary.
 * Column names must already be checked against the `columns` table.
 */
export function readColumns(db: Database, wanted: ReadonlyMap<string, ReadAs>): TypedTable {
  const names = [...wanted.keys()].filter((name) => name !== 'run');
  const size = countRuns(db);
  const run = new Float64Array(size);
  const numbers = names.map((name) => (wanted.get(name) === 'numeric' ? new Float64Array(size) : null));
  const raws = names.map((name) => (wanted.get(name) === 'categorical' ? new Array<string | number | null>(size) : null));
  const select = ['run', ...names].map(quoteIdentifier).join(', ');
  const statement = db.prepare(`SELECT ${select} FROM runs ORDER BY run`);
  try {
    for (let row = 0; statement.step() && row < size; row++) {
      const values = statement.get();
      run[row] = Number(values[0]);
      for (let c = 0; c < names.length; c++) {
        const value = values[c + 1];
        const target = numbers[c];
        if (target) target[row] = value === null ? NaN : Number(value);
        else raws[c]![row] = value === null || value instanceof Uint8Array ? null : value;
      }
    }
  } finally {
    statement.free();
  }
  const columns = new Map<string, TypedColumn>();
  columns.set('run', { kind: 'numeric', name: 'run', values: run });
  names.forEach((name, c) => {
    const target = numbers[c];
    columns.set(name, target ? { kind: 'numeric', name, values: target } : toCategorical(name, raws[c]!));
  });
  return { size, run, columns };
}

function countRuns(db: Database): number {
  const result = db.exec('SELECT count(*) FROM runs');
  return Number(result[0]?.values[0]?.[0] ?? 0);
}
