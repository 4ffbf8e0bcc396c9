import { describeCause, LoadError } from './load-error';
import { loadMessages } from './load-messages';

/**
 * A LoadError ('sqlite') for an sql.js failure while reading `file` (a
 * LoadError passes through unchanged), told
 * apart by SQLite's own error text: not a database at all (SQLITE_NOTADB),
 * damaged (SQLITE_CORRUPT), or anything else with SQLite's text kept.
 */
export function sqlLoadError(file: string, cause: unknown): LoadError {
  if (cause instanceof LoadError) return cause;
  const text = describeCause(cause);
  if (/file is not a database/i.test(text)) return new LoadError('sqlite', file, loadMessages.notADatabase(file), { cause });
  if (/malformed|corrupt/i.test(text)) return new LoadError('sqlite', file, loadMessages.malformed(file, text), { cause });
  return new LoadError('sqlite', file, loadMessages.sqlite(file, text), { cause });
}
