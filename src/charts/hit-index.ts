/**
 * Which drawn point lies under the pointer: points bucketed in square cells
 * one search radius wide, so a query looks at the 3×3 cells around it
 * instead of every run.
 */
export interface HitIndex {
  /**
   * The drawn row nearest to (x, y) within the radius (CSS pixels, distance
   * ≤ radius), taking a row for which `preferred(row)` holds over any other
   * (a selected point over a faded one, even a nearer one); ties go to the
   * lower row. -1 when no drawn point is that close.
   */
  nearest(x: number, y: number, preferred: (row: number) => boolean): number;
  /** Position of a drawn row, undefined when the row is not drawn. */
  position(row: number): [number, number] | undefined;
}

/** Search radius of a hover or click, in CSS pixels. */
export const HIT_RADIUS = 6;

/**
 * A hit index over points at px/py (CSS pixels, plot origin top-left) on a
 * `width`×`height` plot; only rows with `drawn(row)` lying on the plot
 * (0 ≤ x ≤ width, 0 ≤ y ≤ height; NaN never does) can be hit.
 */
export function createHitIndex(px: Float64Array, py: Float64Array, width: number, height: number, drawn: (row: number) => boolean, radius = HIT_RADIUS): HitIndex {
  const columns = Math.max(1, Math.ceil(width / radius) + 1);
  const rows = Math.max(1, Math.ceil(height / radius) + 1);
  const cellOf = new Int32Array(px.length).fill(-1);
  const starts = new Int32Array(columns * rows + 1);
  for (let row = 0; row < px.length; row++) {
    if (!drawn(row) || !(px[row] >= 0 && px[row] <= width && py[row] >= 0 && py[row] <= height)) continue;
    cellOf[row] = Math.floor(py[row] / radius) * columns + Math.floor(px[row] / radius);
    starts[cellOf[row] + 1]++;
  }
  for (let cell = 0; cell < columns * rows; cell++) starts[cell + 1] += starts[cell];
  // Rows of each cell, ascending (a counting sort keeps row order).
  const members = new Int32Array(starts[columns * rows]);
  const filled = starts.slice(0, -1);
  for (let row = 0; row < px.length; row++) if (cellOf[row] >= 0) members[filled[cellOf[row]]++] = row;
  const limit = radius * radius;
  return {
    nearest(x, y, preferred) {
      let best = -1;
      let bestDistance = Infinity;
      let bestPreferred = false;
      const cx = Math.floor(x / radius);
      const cy = Math.floor(y / radius);
      for (let gy = Math.max(0, cy - 1); gy <= Math.min(rows - 1, cy + 1); gy++) {
        for (let gx = Math.max(0, cx - 1); gx <= Math.min(columns - 1, cx + 1); gx++) {
          const cell = gy * columns + gx;
          for (let at = starts[cell]; at < starts[cell + 1]; at++) {
            const row = members[at];
            const distance = (px[row] - x) ** 2 + (py[row] - y) ** 2;
            if (distance > limit) continue;
            const isPreferred = preferred(row);
            if (bestPreferred && !isPreferred) continue;
            const better = isPreferred !== bestPreferred || distance < bestDistance || (distance === bestDistance && row < best);
            if (better) [best, bestDistance, bestPreferred] = [row, distance, isPreferred];
          }
        }
      }
      return best;
    },
    position: (row) => (cellOf[row] >= 0 ? [px[row], py[row]] : undefined),
  };
}
