import { describe, expect, it } from 'vitest';
import { pixelSlots } from '../../../src/charts/pixel-slots';

describe('pixelSlots', () => {
  it('gives rows at the same rounded position one slot, offsets at the dot’s top-left pixel', () => {
    // 10×5 buffer; dots are 3×3 centred on the rounded position.
    const px = new Float64Array([2, 2.4, 5, 1.6]);
    const py = new Float64Array([2, 1.6, 3, 2.2]);
    const slots = pixelSlots(10, 5, px, py);
    expect([...slots.slotOf]).toEqual([0, 0, 1, 0]);
    expect([...slots.offsets]).toEqual([1 * 10 + 1, 2 * 10 + 4]);
  });

  it('leaves out missing positions and dots that would cross the edge', () => {
    const px = new Float64Array([NaN, 0, 1, 8, 9, 4]);
    const py = new Float64Array([2, 2, 1, 3, 2, NaN]);
    const slots = pixelSlots(10, 5, px, py);
    // x=1,y=1 → top-left (0,0) fits; x=8,y=3 → top-left (7,2) fits (last column 9, last row 4); x=0 and x=9 do not.
    expect([...slots.slotOf]).toEqual([-1, -1, 0, 1, -1, -1]);
    expect([...slots.offsets]).toEqual([0, 2 * 10 + 7]);
  });

  it('centres larger dots (a 6×6 dot at device-pixel ratio 2) on the rounded position', () => {
    const px = new Float64Array([4, 4.4, 1]);
    const py = new Float64Array([5, 5, 5]);
    const slots = pixelSlots(12, 10, px, py, 6);
    // (4,5) → top-left (1,2); (1,5) → top-left (-2,2) crosses the left edge.
    expect([...slots.slotOf]).toEqual([0, 0, -1]);
    expect([...slots.offsets]).toEqual([2 * 12 + 1]);
  });

  it('handles no rows', () => {
    const slots = pixelSlots(4, 4, new Float64Array(0), new Float64Array(0));
    expect([...slots.slotOf]).toEqual([]);
    expect([...slots.offsets]).toEqual([]);
  });
});
