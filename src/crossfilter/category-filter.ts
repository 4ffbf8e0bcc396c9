import type { CategoryValue } from '../data/typed-table';
import type { FilterClause } from '../state/filter-store';

/** Codes of the categories `values` in `dictionary` (by identity: null finds the missing code only); unknown ones are left out. */
export function categoryCodes(dictionary: readonly CategoryValue[], values: readonly CategoryValue[]): number[] {
  return values.map((value) => dictionary.indexOf(value)).filter((code) => code >= 0);
}

/**
 * The row test for a clause on a category column read as `codes` (row →
 * code into `dictionary`): for an `in` clause, true where the row's category
 * is one of the clause's values. Any other clause kind passes every row (the
 * model applies only `in` clauses to a category chart).
 */
export function inCategoriesTest(codes: Uint32Array, dictionary: readonly CategoryValue[]): (clause: FilterClause) => (row: number) => boolean {
  return (clause) => {
    if (clause.kind !== 'in') return () => true;
    const isWanted = new Uint8Array(dictionary.length);
    for (const code of categoryCodes(dictionary, clause.values)) isWanted[code] = 1;
    return (row) => isWanted[codes[row]] === 1;
  };
}
