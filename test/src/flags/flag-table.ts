import type { ColumnTable } from '../../../src/expr/column-table';

/** Eight runs of two periods: a clean variable with one outlier, one missing value, and an event count. Test helper. */
export const MIP = [50, 50.2, 49.8, 50.1, 49.9, 58, NaN, 50];
export const EVENTS = [5000, 8000, 200, 9000, 7000, 6000, 6500, NaN];
export const PERIOD = [0, 0, 0, 0, 1, 1, 1, 1];

export function flagTable(): ColumnTable {
  return {
    size: MIP.length,
    numbers: new Map([
      ['run', { values: Float64Array.from(MIP.map((_, i) => 1000 + i)) }],
      ['tpc.meanMIP', { values: Float64Array.from(MIP) }],
      ['evs.nEvents', { values: Float64Array.from(EVENTS) }],
    ]),
    categories: new Map([['rct.period', { codes: Uint32Array.from(PERIOD), dictionary: ['LHC18b', 'LHC18c'] }]]),
  };
}
