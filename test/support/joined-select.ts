/**
 * Test-only SQL over the runlens-data/2 layout: the SELECT that reads named
 * columns joined on run, each from the table its `columns` row names, so
 * tests can ask for `"tpc.x"` wherever it lives.
 */
import type { Database } from 'sql.js';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `SELECT runs.run, <columns> FROM runs LEFT JOIN <their tables> USING (run) <tail>`. */
export function joinedSelect(db: Database, columns: readonly string[], tail = 'ORDER BY runs.run'): string {
  const tables: string[] = [];
  const statement = db.prepare('SELECT table_name FROM columns WHERE name = ?');
  for (const column of columns) {
    const table = statement.get([column])[0];
    statement.reset();
    if (typeof table !== 'string') throw new Error(`joinedSelect: no column ${column}`);
    if (table !== 'runs' && !tables.includes(table)) tables.push(table);
  }
  statement.free();
  const joins = tables.map((t) => ` LEFT JOIN ${quote(t)} USING (run)`).join('');
  return `SELECT runs.run${columns.map((c) => `, ${quote(c)}`).join('')} FROM runs${joins} ${tail}`;
}
