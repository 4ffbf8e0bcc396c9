import { describe, expect, it } from 'vitest';
import { SOURCE_BIT } from '../../../scripts/demo/membership';
import { injectMissing } from '../../../scripts/demo/missing';
import { createRng } from '../../../scripts/demo/prng';
import { trendCells } from '../../../scripts/demo/trends';
import { EVS_VARIABLES, TPC_VARIABLES } from '../../../scripts/demo/variables';

const tpcCell = trendCells(TPC_VARIABLES)[0];
const evsCell = trendCells(EVS_VARIABLES)[0];

describe('injectMissing', () => {
  it('sets about the given share to NaN, counts them, and leaves the input untouched', () => {
    const values = new Float64Array(10_000).fill(1);
    const masks = new Uint8Array(10_000).fill(7);
    const { columns, missing } = injectMissing([{ cell: tpcCell, values }], masks, createRng(1), 0.05);
    const nan = columns[0].values.filter(Number.isNaN).length;
    expect(missing).toEqual([{ source: 'tpc', column: tpcCell.name, count: nan }]);
    expect(nan).toBeGreaterThan(400);
    expect(nan).toBeLessThan(600);
    expect(values.every((v) => v === 1)).toBe(true);
  });

  it('only touches runs present in the column source', () => {
    const masks = new Uint8Array(1000).fill(SOURCE_BIT.tpc);
    const { columns, missing } = injectMissing([{ cell: evsCell, values: new Float64Array(1000) }], masks, createRng(2), 0.5);
    expect(missing[0].count).toBe(0);
    expect(columns[0].values.some(Number.isNaN)).toBe(false);
  });

  it('leaves everything when the rate is 0 and everything present missing when it is 1', () => {
    const masks = new Uint8Array(10).fill(7);
    expect(injectMissing([{ cell: tpcCell, values: new Float64Array(10) }], masks, createRng(3), 0).missing[0].count).toBe(0);
    expect(injectMissing([{ cell: tpcCell, values: new Float64Array(10) }], masks, createRng(3), 1).missing[0].count).toBe(10);
  });
});
