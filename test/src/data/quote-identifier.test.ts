import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { quoteIdentifier } from '../../../src/data/quote-identifier';

describe('quoteIdentifier', () => {
  it('wraps a name in double quotes and doubles the quotes inside', () => {
    expect(quoteIdentifier('tpc.dcar[0]')).toBe('"tpc.dcar[0]"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(quoteIdentifier('')).toBe('""');
  });

  it('gives names SQLite reads back as written (brackets, dots, quotes)', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    const names = ['tpc.dcar[0]', 'a"b', 'x.y.z'];
    db.run(`CREATE TABLE runs (${names.map((name) => `${quoteIdentifier(name)} REAL`).join(', ')})`);
    db.run('INSERT INTO runs VALUES (1, 2, 3)');
    const result = db.exec(`SELECT ${names.map(quoteIdentifier).join(', ')} FROM runs`);
    expect(result[0].columns).toEqual(names);
    expect(result[0].values).toEqual([[1, 2, 3]]);
  });
});
