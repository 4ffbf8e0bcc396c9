import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { LoadError } from '../../../src/data/load-error';
import { loadMessages } from '../../../src/data/load-messages';
import { sqlLoadError } from '../../../src/data/sql-load-error';

/** The error sql.js throws on the first query of a database opened from `bytes`. */
async function firstQueryError(bytes: Uint8Array): Promise<unknown> {
  const SQL = await initSqlJs();
  try {
    new SQL.Database(bytes).exec('SELECT name FROM sqlite_master');
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('sqlLoadError', () => {
  it('names a file that is not a database (random bytes), from SQLite’s own error', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const error = sqlLoadError('runlens.sqlite', await firstQueryError(random));
    expect(error).toMatchObject({ kind: 'sqlite', file: 'runlens.sqlite', message: loadMessages.notADatabase('runlens.sqlite') });
  });
  it('names a damaged database, keeping SQLite’s text', () => {
    const error = sqlLoadError('runlens.sqlite', new Error('database disk image is malformed'));
    expect(error.message).toBe(loadMessages.malformed('runlens.sqlite', 'database disk image is malformed'));
  });
  it('keeps any other sql.js error’s text, and passes a LoadError through', () => {
    expect(sqlLoadError('f', new Error('no such table: runs')).message).toBe(loadMessages.sqlite('f', 'no such table: runs'));
    const own = new LoadError('contents', 'f', 'already said');
    expect(sqlLoadError('f', own)).toBe(own);
  });
});
