import { toCategorical } from '../../../../src/data/to-categorical';
import type { NumericColumn, TypedTable } from '../../../../src/data/typed-table';

/** Five runs: v = [1, NaN, 2, 3, 4], w = [10, 20, NaN, 40, 50], period A A B B (missing). */
export function kindTable(): TypedTable {
  const run = new Float64Array([100, 101, 102, 103, 104]);
  const numeric = (name: string, values: number[]): [string, NumericColumn] => [name, { kind: 'numeric', name, values: Float64Array.from(values) }];
  return {
    size: 5,
    run,
    numbers: new Map([numeric('run', [...run]), numeric('v', [1, NaN, 2, 3, 4]), numeric('w', [10, 20, NaN, 40, 50])]),
    categories: new Map([['p', toCategorical('p', ['A', 'A', 'B', 'B', null])]]),
  };
}
