import { BuildError } from './build-error';
import { messages } from './messages';
import type { SourceTable } from './source-table';

/** A column of the joined table as the user will see it, with where it comes from. */
export interface NamedColumn {
  name: string;
  source: string;
  files: string[];
}

/**
 * Fails (BuildError 'column-name-clash') when two columns of the joined table
 * have names that differ only by case (`tpc.meanMIP`, `tpc.MeanMIP`):
 * SQLite compares column names without case, so the table could not be
 * created. The message names both columns, their sources and files.
 */
export function checkColumnNames(tables: readonly SourceTable[]): void {
  const seen = new Map<string, NamedColumn>();
  for (const column of joinedNames(tables)) {
    const folded = column.name.toLowerCase();
    const other = seen.get(folded);
    if (other) {
      throw new BuildError({
        kind: 'column-name-clash',
        file: column.files[0] ?? '',
        object: column.name,
        message: messages.columnNameClash(other, column),
        hint: messages.columnNameClashHint(),
      });
    }
    seen.set(folded, column);
  }
}

/** Every joined column but `run` (which has no dot, so it cannot clash with them). */
function joinedNames(tables: readonly SourceTable[]): NamedColumn[] {
  return tables.flatMap((t) => {
    const files = t.files.map((f) => f.path);
    return t.columns.map((c) => ({ name: `${t.source}.${c.name}`, source: t.source, files }));
  });
}
