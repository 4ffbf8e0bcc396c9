import { describe, expect, it } from 'vitest';
import { rowTop, visibleWindow } from '../../../src/table/visible-window';

/** Brute force: the rows whose span intersects [scrollTop, scrollTop + viewport), widened by overscan. */
function expected(scrollTop: number, viewport: number, h: number, count: number, overscan: number, expanded?: { index: number; extraHeight: number }) {
  const top = Math.max(0, scrollTop);
  const visible: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = rowTop(i, h, expanded && expanded.index < count ? expanded : undefined);
    const height = h + (expanded && i === expanded.index ? expanded.extraHeight : 0);
    if (start < top + viewport && start + height > top) visible.push(i);
  }
  if (viewport <= 0 || count === 0) return { first: 0, last: 0 };
  // Scrolled past the end: the last row stays drawn (a browser clamps scrollTop anyway).
  const first = visible.length ? visible[0] : count - 1;
  const last = visible.length ? visible[visible.length - 1] + 1 : count;
  return { first: Math.max(0, first - overscan), last: Math.min(count, last + overscan) };
}

describe('visibleWindow', () => {
  it('equals a brute-force intersection for every scroll position, viewport, count, overscan and expanded row', () => {
    let cases = 0;
    const wrong: unknown[] = [];
    for (const h of [1, 7, 20]) {
      for (const count of [0, 1, 2, 5, 13]) {
        for (const viewport of [0, 1, 6, 7, 19, 20, 21, 60, 400]) {
          for (const overscan of [0, 1, 3]) {
            for (const expanded of [undefined, { index: 0, extraHeight: 15 }, { index: 3, extraHeight: 40 }, { index: count - 1, extraHeight: 9 }, { index: 2, extraHeight: 0 }]) {
              const total = count * h + (expanded && expanded.index >= 0 && expanded.index < count ? expanded.extraHeight : 0);
              for (let scrollTop = -3; scrollTop <= total + 5; scrollTop++) {
                const got = visibleWindow({ scrollTop, viewportHeight: viewport, rowHeight: h, rowCount: count, overscan, expanded });
                const want = expected(scrollTop, viewport, h, count, overscan, expanded && expanded.index >= 0 ? expanded : undefined);
                if (got.first !== want.first || got.last !== want.last || got.totalHeight !== total) wrong.push({ scrollTop, h, count, viewport, overscan, expanded, got, want, total });
                cases++;
              }
            }
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(cases).toBeGreaterThan(10_000);
  });

  it('draws about a viewport of rows out of 100,000', () => {
    expect(visibleWindow({ scrollTop: 2_000_000, viewportHeight: 400, rowHeight: 24, rowCount: 100_000, overscan: 5 })).toEqual({ first: 83_333 - 5, last: 83_350 + 5, totalHeight: 2_400_000 });
  });

  it('rowTop shifts the rows after an expanded row by its extra height', () => {
    const expanded = { index: 2, extraHeight: 50 };
    expect([0, 1, 2, 3, 4].map((i) => rowTop(i, 10, expanded))).toEqual([0, 10, 20, 80, 90]);
  });
});
