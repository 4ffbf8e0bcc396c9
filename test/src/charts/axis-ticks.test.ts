import { describe, expect, it } from 'vitest';
import { placeTicks, tickStep, type TickPlace } from '../../../src/charts/axis-ticks';

/** Reference: do the kept texts (every step-th) keep `gap` apart? Checked over every pair, not just neighbours. */
function clearAt(places: TickPlace[], step: number, gap: number): boolean {
  const kept = places.filter((_, i) => i % step === 0);
  return kept.every((a, i) => kept.every((b, j) => i === j || a.right + gap <= b.left || b.right + gap <= a.left));
}

describe('placeTicks', () => {
  it('centres a text on its tick, anchors one that would cross an edge inside the room', () => {
    expect(placeTicks([0, 50, 100], [20, 20, 20], -5, 105)).toEqual([
      { anchor: 'start', left: 0, right: 20 },
      { anchor: 'middle', left: 40, right: 60 },
      { anchor: 'end', left: 80, right: 100 },
    ]);
  });

  it('leaves a text centred when it fits, or when it is wider than the whole room', () => {
    expect(placeTicks([10], [20], 0, 100)).toEqual([{ anchor: 'middle', left: 0, right: 20 }]);
    expect(placeTicks([50], [200], 0, 100)).toEqual([{ anchor: 'middle', left: -50, right: 150 }]);
  });

  it('every placed text lies inside [lo, hi] whenever it is narrower than the distance from its tick to the far edge', () => {
    for (let c = 0; c <= 100; c += 5) {
      for (let w = 1; w <= 60; w += 7) {
        const [p] = placeTicks([c], [w], -4, 104);
        const fits = w <= Math.max(c + 4, 104 - c);
        if (fits) expect(p.left >= -4 && p.right <= 104, `${c} ${w}`).toBe(true);
        expect(p.right - p.left).toBeCloseTo(w);
      }
    }
  });
});

describe('tickStep', () => {
  it('keeps every tick when they are apart, thins them when they are not', () => {
    const apart = placeTicks([0, 40, 80], [20, 20, 20], -50, 130);
    expect(tickStep(apart, 4)).toBe(1);
    const crowded = placeTicks([0, 20, 40, 60, 80, 100], [30, 30, 30, 30, 30, 30], -50, 150);
    expect(tickStep(crowded, 4)).toBe(2);
    expect(tickStep([], 4)).toBe(1);
    expect(tickStep(apart.slice(0, 1), 4)).toBe(1);
  });

  it('is the smallest step whose kept texts are all clear, over many spacings and widths', () => {
    for (let spacing = 5; spacing <= 60; spacing += 5) {
      for (let width = 4; width <= 70; width += 6) {
        const centres = Array.from({ length: 9 }, (_, i) => i * spacing);
        const places = placeTicks(centres, centres.map(() => width), -1000, 1000);
        const step = tickStep(places, 3);
        expect(clearAt(places, step, 3) || step === places.length, `${spacing} ${width}`).toBe(true);
        for (let smaller = 1; smaller < step; smaller++) expect(clearAt(places, smaller, 3)).toBe(false);
      }
    }
  });
});
