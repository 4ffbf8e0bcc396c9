/** The bounds of a closed box on two columns (either order of each pair). */
export interface BoxBounds {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * A crossfilter filterFunction over row indexes: true when the row's x and y
 * both lie in the closed box. NaN fails every comparison, so a row missing
 * either value is outside; ±Infinity is outside any finite box. One closure
 * per box, nothing allocated per row.
 */
export function inBox(xs: Float64Array, ys: Float64Array, box: BoxBounds): (row: number) => boolean {
  const xLo = Math.min(box.x0, box.x1);
  const xHi = Math.max(box.x0, box.x1);
  const yLo = Math.min(box.y0, box.y1);
  const yHi = Math.max(box.y0, box.y1);
  return (row) => {
    const x = xs[row];
    const y = ys[row];
    return x >= xLo && x <= xHi && y >= yLo && y <= yHi;
  };
}
