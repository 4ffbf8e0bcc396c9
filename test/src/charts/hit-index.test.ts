import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../scripts/demo/prng';
import { createHitIndex, HIT_RADIUS } from '../../../src/charts/hit-index';

/** A seeded generator (the demo's mulberry32), so a failing case can be replayed. */
const random = mulberry32;

/** The rule written out the slow way: every row, drawn and on the plot, within the radius; preferred first, then nearest, then lowest row. */
function bruteNearest(px: Float64Array, py: Float64Array, width: number, height: number, drawn: (r: number) => boolean, preferred: (r: number) => boolean, x: number, y: number, radius: number): number {
  const candidates: { row: number; distance: number; preferred: boolean }[] = [];
  for (let row = 0; row < px.length; row++) {
    if (!drawn(row) || !(px[row] >= 0 && px[row] <= width && py[row] >= 0 && py[row] <= height)) continue;
    const distance = Math.hypot(px[row] - x, py[row] - y);
    if (distance <= radius) candidates.push({ row, distance, preferred: preferred(row) });
  }
  candidates.sort((a, b) => Number(b.preferred) - Number(a.preferred) || a.distance - b.distance || a.row - b.row);
  return candidates[0]?.row ?? -1;
}

describe('createHitIndex', () => {
  it('finds nothing in an empty plot or among undrawn points', () => {
    expect(createHitIndex(new Float64Array(), new Float64Array(), 100, 50, () => true).nearest(10, 10, () => true)).toBe(-1);
    const index = createHitIndex(new Float64Array([10, NaN]), new Float64Array([10, 10]), 100, 50, (row) => row !== 0);
    expect(index.nearest(10, 10, () => true)).toBe(-1);
    expect(index.position(0)).toBeUndefined();
    expect(index.position(1)).toBeUndefined();
  });

  it('takes a point exactly at the radius and not one beyond it', () => {
    const index = createHitIndex(new Float64Array([20, 40]), new Float64Array([20, 20]), 100, 50, () => true);
    expect(index.nearest(20 + HIT_RADIUS, 20, () => true)).toBe(0);
    expect(index.nearest(20, 20 + HIT_RADIUS + 0.01, () => true)).toBe(-1);
    expect(index.position(1)).toEqual([40, 20]);
  });

  it('prefers a selected point within the radius over a nearer faded one, and breaks ties by the lower row', () => {
    const px = new Float64Array([50, 52, 48, 52]);
    const py = new Float64Array([25, 25, 25, 25]);
    const index = createHitIndex(px, py, 100, 50, () => true);
    expect(index.nearest(50, 25, (row) => row !== 0)).toBe(1);
    expect(index.nearest(50, 25, () => false)).toBe(0);
    expect(index.nearest(52, 25, () => true)).toBe(1);
  });

  it('leaves out points off the plot (negative, beyond width or height)', () => {
    const index = createHitIndex(new Float64Array([-0.5, 100.5, 50]), new Float64Array([10, 10, 50.5]), 100, 50, () => true);
    expect(index.nearest(0, 10, () => true)).toBe(-1);
    expect(index.nearest(100, 10, () => true)).toBe(-1);
    expect(index.nearest(50, 50, () => true)).toBe(-1);
  });

  it('agrees with a brute-force nearest search on random point sets, radii and queries', () => {
    const next = random(7);
    for (let set = 0; set < 60; set++) {
      const [width, height] = [20 + Math.floor(next() * 300), 20 + Math.floor(next() * 200)];
      const n = Math.floor(next() * 400);
      const radius = [HIT_RADIUS, 1, 2.5, 10][set % 4];
      // Points snapped to a coarse grid now and then, so equal distances and shared positions occur.
      const coarse = set % 3 === 0;
      const coordinate = (size: number) => (coarse ? Math.round(next() * size / 4) * 4 : next() * (size + 20) - 10);
      const px = Float64Array.from({ length: n }, () => (next() < 0.05 ? NaN : coordinate(width)));
      const py = Float64Array.from({ length: n }, () => coordinate(height));
      const drawnMask = Array.from({ length: n }, () => next() < 0.9);
      const selectedMask = Array.from({ length: n }, () => next() < 0.5);
      const drawn = (row: number) => drawnMask[row];
      const preferred = (row: number) => selectedMask[row];
      const index = createHitIndex(px, py, width, height, drawn, radius);
      for (let q = 0; q < 300; q++) {
        const x = coarse && q % 2 ? Math.round(next() * width / 2) * 2 : next() * (width + 30) - 15;
        const y = coarse && q % 2 ? Math.round(next() * height / 2) * 2 : next() * (height + 30) - 15;
        expect(index.nearest(x, y, preferred), `set ${set}, query (${x}, ${y})`).toBe(bruteNearest(px, py, width, height, drawn, preferred, x, y, radius));
      }
    }
  });
});
