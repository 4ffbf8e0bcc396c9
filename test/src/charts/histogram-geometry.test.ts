import { describe, expect, it } from 'vitest';
import { barSlots, isOutsideSpan, layerBox } from '../../../src/charts/histogram-geometry';

describe('barSlots', () => {
  it('puts bin i at i/bins of the width and shares the rest out after the gaps', () => {
    const slots = barSlots(40, 400);
    expect(slots.left[0]).toBe(0);
    expect(slots.left[39]).toBe(390);
    expect(slots.width).toBe(Math.floor((400 - 39 * 2) / 40));
    for (let i = 1; i < 40; i++) expect(slots.left[i] - (slots.left[i - 1] + slots.width)).toBeGreaterThanOrEqual(2);
  });

  it('never makes a bar thinner than a pixel, however many bins', () => {
    for (const [bins, width] of [[500, 200], [1, 1], [3, 2]]) expect(barSlots(bins, width).width).toBe(Math.max(1, Math.floor((width - (bins - 1) * 2) / bins)));
    expect(barSlots(500, 200).width).toBe(1);
  });
});

describe('layerBox', () => {
  const y = (count: number) => 100 - count; // 100 px tall, one count per pixel
  it('stacks a layer on its base', () => {
    expect(layerBox(y, 0, 30)).toEqual({ top: 70, height: 30 });
    expect(layerBox(y, 30, 20)).toEqual({ top: 50, height: 20 });
  });
  it('draws an empty layer with no height', () => {
    expect(layerBox(y, 12, 0)).toEqual({ top: 88, height: 0 });
  });
});

describe('isOutsideSpan', () => {
  it('keeps every bin without a brush', () => {
    expect([0, 1, 2].map((bin) => isOutsideSpan(bin, null))).toEqual([false, false, false]);
  });
  it('keeps the bins of [first, last) and leaves the others out', () => {
    expect([0, 1, 2, 3, 4].map((bin) => isOutsideSpan(bin, [1, 3]))).toEqual([true, false, false, true, true]);
  });
  it('keeps a bin a fractional end lies inside', () => {
    expect([0, 1, 2, 3].map((bin) => isOutsideSpan(bin, [0.5, 2.25]))).toEqual([false, false, false, true]);
  });
});
