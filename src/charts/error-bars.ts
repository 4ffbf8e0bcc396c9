import { PLACE } from './robust-domain';

/** Vertical error bars in plot pixels, one per run that has one. */
export interface ErrorBars {
  x: Float64Array;
  top: Float64Array;
  bottom: Float64Array;
}

/**
 * Error bars y ± err for the rows drawn inside the range (`places`, see
 * placeValues) that have an x pixel and a finite error (its absolute value
 * is used), clamped to the plot's height. `y` maps a value to its pixel
 * (NaN for a value a log scale cannot show: clamped to the bottom).
 */
export function errorBars(px: Float64Array, ys: Float64Array, errs: Float64Array, places: Uint8Array, y: (value: number) => number, height: number): ErrorBars {
  const rows: number[] = [];
  for (let row = 0; row < px.length; row++) {
    if (places[row] === PLACE.inside && px[row] === px[row] && Number.isFinite(errs[row])) rows.push(row);
  }
  const clamp = (pixel: number) => (pixel === pixel ? Math.min(Math.max(pixel, 0), height) : height);
  const x = new Float64Array(rows.length);
  const top = new Float64Array(rows.length);
  const bottom = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const err = Math.abs(errs[row]);
    x[i] = px[row];
    top[i] = clamp(y(ys[row] + err));
    bottom[i] = clamp(y(ys[row] - err));
  });
  return { x, top, bottom };
}

/** Strokes the bars as 1-pixel lines with short caps. */
export function drawErrorBars(context: CanvasRenderingContext2D, bars: ErrorBars, colour: string): void {
  context.strokeStyle = colour;
  context.lineWidth = 1;
  context.beginPath();
  for (let i = 0; i < bars.x.length; i++) {
    const x = Math.round(bars.x[i]) + 0.5;
    context.moveTo(x, bars.top[i]);
    context.lineTo(x, bars.bottom[i]);
    context.moveTo(x - 2, bars.top[i]);
    context.lineTo(x + 2, bars.top[i]);
    context.moveTo(x - 2, bars.bottom[i]);
    context.lineTo(x + 2, bars.bottom[i]);
  }
  context.stroke();
}
