import { describe, expect, it } from 'vitest';
import { edgeMarkers } from '../../../src/charts/edge-markers';
import { placeValues } from '../../../src/charts/robust-domain';

describe('edgeMarkers', () => {
  it('trend: a marker on the top edge for each value above, on the bottom for each below, none for inside, missing or not shown', () => {
    const ys = Float64Array.of(5, 50, -50, NaN, 7);
    const { places } = placeValues(ys, [0, 10], 'linear');
    const px = Float64Array.of(1, 2, 3, 4, NaN);
    expect(edgeMarkers(px, new Float64Array(5), places, undefined, 100, 80)).toEqual([
      { x: 2, y: 0, towards: 'up' },
      { x: 3, y: 80, towards: 'down' },
    ]);
  });

  it('scatter: outside on x goes to the left or right edge at its y; outside on both goes to a corner; a not-shown coordinate gives none', () => {
    const xs = Float64Array.of(20, -5, 20, 0);
    const ys = Float64Array.of(5, 5, 20, 5);
    const xPlaces = placeValues(xs, [1, 10], 'log').places;
    const yPlaces = placeValues(ys, [0, 10], 'linear').places;
    const markers = edgeMarkers(Float64Array.of(9, 9, 9, 9), Float64Array.of(30, 31, 32, 33), yPlaces, xPlaces, 100, 80);
    expect(markers).toEqual([
      { x: 100, y: 30, towards: 'right' },
      { x: 100, y: 0, towards: 'up' },
    ]);
  });
});
