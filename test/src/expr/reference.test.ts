import { describe, expect, it } from 'vitest';
import { allRows } from '../../../src/expr/reference';

describe('allRows', () => {
  it('lists every row once, ascending, with no groups', () => {
    expect(allRows(4)).toEqual({ rows: Uint32Array.from([0, 1, 2, 3]) });
    expect(allRows(0).rows.length).toBe(0);
  });
});
