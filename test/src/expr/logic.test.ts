import { describe, expect, it } from 'vitest';
import { and, FALSE, logicText, logicVector, NO_DATA, not, notVector, or, TRUE } from '../../../src/expr/logic';

const ALL = [FALSE, TRUE, NO_DATA];

describe('three-valued logic', () => {
  it('and: false wins, then no data, then true', () => {
    const table = ALL.map((a) => ALL.map((b) => and(a, b)));
    expect(table).toEqual([[FALSE, FALSE, FALSE], [FALSE, TRUE, NO_DATA], [FALSE, NO_DATA, NO_DATA]]);
  });
  it('or: true wins, then no data, then false', () => {
    const table = ALL.map((a) => ALL.map((b) => or(a, b)));
    expect(table).toEqual([[FALSE, TRUE, NO_DATA], [TRUE, TRUE, TRUE], [NO_DATA, TRUE, NO_DATA]]);
  });
  it('not keeps no data', () => {
    expect(ALL.map(not)).toEqual([TRUE, FALSE, NO_DATA]);
  });
  it('vector forms agree with the scalar ones, for array/array, array/scalar and scalar/array', () => {
    const a = Uint8Array.from([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    const b = Uint8Array.from([0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect([...logicVector('&&', a, b, 9)]).toEqual([...a].map((x, i) => and(x, b[i])));
    expect([...logicVector('||', a, NO_DATA, 9)]).toEqual([...a].map((x) => or(x, NO_DATA)));
    expect([...logicVector('||', TRUE, b, 9)]).toEqual([...b].map(() => TRUE));
    expect([...logicVector('&&', TRUE, NO_DATA, 3)]).toEqual([NO_DATA, NO_DATA, NO_DATA]);
    expect([...(notVector(a, 9) as Uint8Array)]).toEqual([...a].map(not));
    expect(notVector(FALSE, 9)).toBe(TRUE);
  });
  it('names the codes', () => {
    expect(ALL.map(logicText)).toEqual(['false', 'true', 'no data']);
  });
});
