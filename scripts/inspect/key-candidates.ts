import type { Column } from '../table/column';

/** A column the build could use as its key: an integer scalar, with how many distinct values it has. */
export interface KeyCandidate {
  column: string;
  rootType: string;
  distinct: number;
}

/**
 * The integer columns of a tree read whole (64-bit ones only when every value
 * is exact as a double): those with one distinct value per entry first (a
 * run number repeats in no well-formed trending tree), then names with "run",
 * then the others, in tree order.
 */
export function keyCandidates(columns: readonly Column[], entries: number): KeyCandidate[] {
  const found = columns
    .filter((c) => c.values.kind === 'integer' && !/[[.]/.test(c.name))
    .map((c, order) => ({ column: c.name, rootType: c.rootType, distinct: new Set(c.values.data as Float64Array).size, order }));
  const rank = (c: (typeof found)[number]) => (c.distinct === entries ? 0 : 2) + (/run/i.test(c.column) ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || a.order - b.order).map(({ column, rootType, distinct }) => ({ column, rootType, distinct }));
}
