import { describe, expect, it } from 'vitest';
import { periodBands, thinLabels } from '../../../src/charts/period-bands';

describe('periodBands', () => {
  it('one band per stretch of equal codes in row order (missing categories skipped), boundaries half-way between marks, ends at 0 and width', () => {
    const codes = Uint32Array.of(0, 0, 1, 1, 1, 0, 2);
    const starts = Float64Array.of(10, 20, 40, NaN, 60, 80, 90);
    const bands = periodBands(codes, ['LHC18b', 'LHC18c', null], starts, undefined, 100);
    expect(bands).toEqual([
      { category: 'LHC18b', first: 10, last: 20, left: 0, right: 30 },
      { category: 'LHC18c', first: 40, last: 60, left: 30, right: 70 },
      { category: 'LHC18b', first: 80, last: 80, left: 70, right: 100 },
    ]);
  });

  it('a run with a missing category inside a period neither splits it nor makes a band', () => {
    const bands = periodBands(Uint32Array.of(0, 1, 0), ['LHC18b', null], Float64Array.of(0, 5, 10), undefined, 20);
    expect(bands).toEqual([{ category: 'LHC18b', first: 0, last: 10, left: 0, right: 20 }]);
  });

  it('segments (ends) widen a band; a row not placed does not split one; no placed row, no band', () => {
    const bands = periodBands(Uint32Array.of(0, 0, 0, 1), ['a', 'b'], Float64Array.of(0, NaN, 10, 30), Float64Array.of(4, 8, 16, NaN), 50);
    expect(bands.map(({ first, last, right }) => [first, last, right])).toEqual([[0, 16, 23], [30, 30, 50]]);
    expect(periodBands(Uint32Array.of(0), ['a'], Float64Array.of(NaN), undefined, 50)).toEqual([]);
  });
});

describe('thinLabels', () => {
  it('all labels fit: each centred on its band', () => {
    expect([...thinLabels([{ centre: 20, width: 10 }, { centre: 60, width: 10 }], [40, 40], 100)]).toEqual([15, 55]);
  });

  it('clamps a label into the plot, and drops one wider than its band or the plot', () => {
    expect([...thinLabels([{ centre: 2, width: 10 }, { centre: 98, width: 10 }, { centre: 50, width: 30 }], [20, 20, 20], 100)]).toEqual([0, 90, NaN]);
  });

  it('exhaustively, over many layouts: kept labels never overlap, lie in the plot, and each dropped one (fitting its band) would overlap a kept one', () => {
    for (let seed = 1; seed <= 400; seed++) {
      let state = seed;
      const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
      const width = 80 + Math.floor(next() * 400);
      const n = 1 + Math.floor(next() * 12);
      const cuts = Array.from({ length: n - 1 }, () => next() * width).sort((a, b) => a - b);
      const edges = [0, ...cuts, width];
      const labels = edges.slice(1).map((right, i) => ({ centre: (edges[i] + right) / 2, width: 20 + Math.floor(next() * 40) }));
      const room = edges.slice(1).map((right, i) => right - edges[i]);
      const left = thinLabels(labels, room, width);
      const kept = labels.flatMap((label, i) => (Number.isNaN(left[i]) ? [] : [[left[i], left[i] + label.width]]));
      for (const [l, r] of kept) {
        expect(l).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(width);
      }
      for (let a = 0; a < kept.length; a++) for (let b = a + 1; b < kept.length; b++) expect(kept[a][1] + 6 <= kept[b][0] || kept[b][1] + 6 <= kept[a][0]).toBe(true);
      labels.forEach((label, i) => {
        if (!Number.isNaN(left[i]) || label.width > room[i]) return;
        const at = Math.min(Math.max(label.centre - label.width / 2, 0), width - label.width);
        expect(kept.some(([l, r]) => !(at + label.width + 6 <= l || at >= r + 6))).toBe(true);
      });
    }
  });
});
