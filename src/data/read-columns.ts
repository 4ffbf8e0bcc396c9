import type { Database } from 'sql.js';
import { quoteIdentifier } from './quote-identifier';
import { toCategorical } from './to-categorical';
import type { CategoricalColumn, NumericColumn, ReadRequest, TypedTable } from './typed-table';

type Raw = string | number | null;

/**
 * Reads `run` plus the requested columns of `runs` straight into typed columns
 * with one prepared statement and a step() loop (rows ordered by run); a column
 * asked for both ways is selected once and filled both ways.
 * Numbers → Float64Array with NaN for NULL; categories → codes + dictionary.
 * Column names must already be checked against the `columns` table.
 */
export function readColumns(db: Database, wanted: readonly ReadRequest[]): TypedTable {
  const names = [...new Set(wanted.map((request) => request.name))].filter((name) => name !== 'run');
  const asked = (name: string, readAs: ReadRequest['readAs']) => wanted.some((r) => r.name === name && r.readAs === readAs);
  const size = countRuns(db);
  const run = new Float64Array(size);
  const numbers = names.map((name) => (asked(name, 'numeric') ? new Float64Array(size) : null));
  const raws = names.map((name) => (asked(name, 'categorical') ? new Array<Raw>(size) : null));
  const select = ['run', ...names].map(quoteIdentifier).join(', ');
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

function countRuns(db: Database): number {
  const result = db.exec('SELECT count(*) FROM runs');
  return Number(result[0]?.values[0]?.[0] ?? 0);
}
