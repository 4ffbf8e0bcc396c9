import type { ReportEntry } from '../../src/contract/data-contract';
import { messages } from './messages';
import type { FilePart } from './source-table';

/**
 * Counts NaN and ±Inf in the real columns of a source's files, one
 * 'non-finite' report entry per column that has any. Call it on the parts
 * as read, before concatenation adds missing values of its own. For CSV,
 * where NaN in the data also means an empty cell, pass the count of cells
 * spelled NaN per column as `nanCells`: NaN in the data is then not counted.
 */
export function countNonFinite(source: string, parts: readonly FilePart[], nanCells?: ReadonlyMap<string, number>): ReportEntry[] {
  const counts = new Map<string, [number, number, number]>();
  for (const part of parts) {
    for (const column of part.columns) {
      const spelled = nanCells?.get(column.name) ?? 0;
      if (column.values.kind !== 'real' && spelled === 0) continue;
      const c = counts.get(column.name) ?? [0, 0, 0];
      c[0] += spelled;
      if (column.values.kind === 'real') {
        for (const v of column.values.data) {
          if (Number.isNaN(v)) c[0] += nanCells === undefined ? 1 : 0;
          else if (v === Infinity) c[1]++;
          else if (v === -Infinity) c[2]++;
        }
      }
      counts.set(column.name, c);
    }
  }
  return [...counts].flatMap(([column, [nan, pos, neg]]) =>
    nan + pos + neg === 0 ? [] : [{ kind: 'non-finite' as const, source, column, count: nan + pos + neg, detail: messages.nonFiniteDetail(nan, pos, neg) }],
  );
}
