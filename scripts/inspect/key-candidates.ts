import type { Column } from '../table/column';
import { isWholeKey } from '../pipeline/source-keys';

/** A column the build could use as its key: an integer scalar (or a float one holding whole numbers only), with how many distinct values it has. */
export interface KeyCandidate {
  column: string;
  rootType: string;
  distinct: number;
  /** Set when the branch is floating point but every value is a whole number (the build accepts it as a key, reported as 'float-key'). */
  wholeFloat?: true;
}

/**
 * The integer columns of a tree read whole (64-bit ones only when every value
 * is exact as a double), and the floating-point ones whose every value is a
 * whole number: those with one distinct value per entry first (a run number
 * repeats in no well-formed trending tree), then names with "run", then the
 * others, integers before floats of the same rank, in tree order.
 */
export function keyCandidates(columns: readonly Column[], entries: number): KeyCandidate[] {
  const found = columns
    .filter((c) => !/[[.]/.test(c.name) && (c.values.kind === 'integer' || (c.values.kind === 'real' && entries > 0 && c.values.data.every(isWholeKey))))
    .map((c, order) => ({ column: c.name, rootType: c.rootType, distinct: new Set(c.values.data as Float64Array).size, order, wholeFloat: c.values.kind === 'real' }));
  const rank = (c: (typeof found)[number]) => 2 * ((c.distinct === entries ? 0 : 2) + (/run/i.test(c.column) ? 0 : 1)) + (c.wholeFloat ? 1 : 0);
  return found
    .sort((a, b) => rank(a) - rank(b) || a.order - b.order)
    .map(({ column, rootType, distinct, wholeFloat }) => ({ column, rootType, distinct, ...(wholeFloat ? { wholeFloat: true as const } : {}) }));
}
