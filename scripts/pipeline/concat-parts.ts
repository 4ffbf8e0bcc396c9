import type { SourceFileMeta } from '../../src/contract/data-contract';
import { concatColumns } from './concat-columns';
import type { KeyedPart, SourceTable } from './source-table';

/** Joins the files of one source, in order, into one source table. */
export function concatParts(source: string, parts: readonly KeyedPart[], files: SourceFileMeta[]): SourceTable {
  const keys = new Float64Array(parts.reduce((n, p) => n + p.keys.length, 0));
  let offset = 0;
  for (const p of parts) {
    keys.set(p.keys, offset);
    offset += p.keys.length;
  }
  return {
    source,
    keys,
    origins: parts.flatMap((p) => p.origins),
    columns: parts.length === 0 ? [] : concatColumns(source, parts),
    files,
  };
}
