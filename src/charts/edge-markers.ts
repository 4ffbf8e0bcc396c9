import { PLACE } from './robust-domain';

/** A value outside the shown range, drawn as a small triangle on the plot's edge pointing the way it lies. */
export interface EdgeMarker {
  x: number;
  y: number;
  /** Which edge: the value lies above (`up`), below (`down`), right (`right`) or left (`left`) of the range. */
  towards: 'up' | 'down' | 'left' | 'right';
}

/**
 * Edge markers for the rows outside the range on y (`yPlaces`) or, for a
 * scatter, on x (`xPlaces`): at the row's pixel on the other axis, on the
 * edge it lies beyond (a corner when outside on both). A row whose other
 * coordinate is not shown (missing, or not shown on a log scale) gets none.
 */
export function edgeMarkers(px: Float64Array, py: Float64Array, yPlaces: Uint8Array, xPlaces: Uint8Array | undefined, width: number, height: number): EdgeMarker[] {
  const markers: EdgeMarker[] = [];
  const yEdge = (place: number) => (place === PLACE.above ? 0 : place === PLACE.below ? height : NaN);
  const xEdge = (place: number) => (place === PLACE.above ? width : place === PLACE.below ? 0 : NaN);
  for (let row = 0; row < yPlaces.length; row++) {
    const yp = yPlaces[row];
    const xp = xPlaces ? xPlaces[row] : PLACE.inside;
    const yOut = yp === PLACE.above || yp === PLACE.below;
    const xOut = xp === PLACE.above || xp === PLACE.below;
    if (!yOut && !xOut) continue;
    if ((yp !== PLACE.inside && !yOut) || (xp !== PLACE.inside && !xOut)) continue;
    const x = xOut ? xEdge(xp) : px[row];
    const y = yOut ? yEdge(yp) : py[row];
    if (x !== x || y !== y) continue;
    markers.push({ x, y, towards: yOut ? (yp === PLACE.above ? 'up' : 'down') : xp === PLACE.above ? 'right' : 'left' });
  }
  return markers;
}

/** Fills each marker as a 7-pixel triangle whose tip touches the edge. */
export function drawEdgeMarkers(context: CanvasRenderingContext2D, markers: readonly EdgeMarker[], colour: string): void {
  context.fillStyle = colour;
  context.beginPath();
  for (const { x, y, towards } of markers) {
    const [dx, dy] = towards === 'up' ? [0, 1] : towards === 'down' ? [0, -1] : towards === 'left' ? [1, 0] : [-1, 0];
    // Tip on the edge, base 6 px inside.
    context.moveTo(x, y);
    context.lineTo(x + dx * 6 - dy * 3.5, y + dy * 6 - dx * 3.5);
    context.lineTo(x + dx * 6 + dy * 3.5, y + dy * 6 + dx * 3.5);
    context.closePath();
  }
  context.fill();
}
