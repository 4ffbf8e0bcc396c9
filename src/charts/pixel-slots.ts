/**
 * Points sharing a drawing position share a slot, so a redraw stamps each
 * position once however many runs sit on it.
 */
export interface PixelSlots {
  /** Slot of each row, -1 when the row is not drawn (missing or off-canvas). */
  slotOf: Int32Array;
  /** Buffer offset of each slot's top-left pixel, in order of first use. */
  offsets: Int32Array;
}

/** Slots for points at pixel positions px/py (NaN = not drawn) stamped as `size`×`size` dots on a `width`×`height` buffer. */
export function pixelSlots(width: number, height: number, px: Float64Array, py: Float64Array, size = 3): PixelSlots {
  const slotAt = new Int32Array(width * height).fill(-1);
  const slotOf = new Int32Array(px.length);
  const offsets: number[] = [];
  const half = Math.floor(size / 2);
  for (let row = 0; row < px.length; row++) {
    const x = Math.round(px[row]) - half;
    const y = Math.round(py[row]) - half;
    if (!(x >= 0 && y >= 0 && x <= width - size && y <= height - size)) {
      slotOf[row] = -1;
      continue;
    }
    const offset = y * width + x;
    if (slotAt[offset] < 0) {
      slotAt[offset] = offsets.length;
      offsets.push(offset);
    }
    slotOf[row] = slotAt[offset];
  }
  return { slotOf, offsets: Int32Array.from(offsets) };
}
