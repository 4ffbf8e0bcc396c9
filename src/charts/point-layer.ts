import { createHitIndex, type HitIndex } from './hit-index';
import { pixelSlots } from './pixel-slots';
import type { PointPaint } from './qa-context';

/**
 * Dense points on a canvas, drawn straight into pixels: positions, shared
 * pixels and the all-light image are computed once; a redraw tests each row's
 * selection and stamps each selected position once.
 */
export interface PointLayer {
  canvas: HTMLCanvasElement;
  /** The drawn points under a CSS pixel position (hover, click). */
  hits: HitIndex;
  /**
   * Draws all points, the selected ones (1 in `selection.flags`, one entry
   * per row) dark or in `paint`'s colours; returns how many were drawn as
   * selected. Draws nothing when neither the selection's version nor the
   * paint's key changed since the last draw (a chart's own brush does not
   * change its own selection).
   */
  draw(selection: DrawnSelection, paint?: PointPaint): number;
  /** Every drawn point as the last draw left it, in CSS pixels of the canvas (for export as vector marks). */
  drawnPoints(): DrawnPoint[];
  /** Puts `pixels` (packed RGBA, the canvas's size, e.g. error bars) under the points from the next draw on. */
  setBackground(pixels: Uint32Array): void;
}

/** Which rows are selected (1) and a version that changes with them (see SelectionMask). */
export interface DrawnSelection {
  flags: Uint8Array;
  version(): number;
}

/** One run's point: position in CSS pixels, and whether it was drawn selected (dark). */
export interface DrawnPoint {
  x: number;
  y: number;
  selected: boolean;
}

/** Colours of the points, as CSS colours (for marks drawn outside the canvas). */
export const POINT_COLOURS = { light: 'rgb(180, 190, 205)', dark: 'rgb(31, 78, 145)' } as const;

const LIGHT = rgba(180, 190, 205, 255);
const DARK = rgba(31, 78, 145, 255);

/**
 * A canvas of `cssWidth`×`cssHeight` CSS pixels for points at CSS pixel
 * positions px/py (NaN = not drawn), backed by `ratio` device pixels per CSS
 * pixel (window.devicePixelRatio) so dots stay sharp: 3 CSS pixels wide.
 */
export function createPointLayer(cssWidth: number, cssHeight: number, px: Float64Array, py: Float64Array, ratio = 1): PointLayer {
  const width = Math.round(cssWidth * ratio);
  const height = Math.round(cssHeight * ratio);
  const size = Math.max(3, Math.round(3 * ratio));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${cssHeight}px`;
  canvas.className = 'point-layer';
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(width, height);
  const pixels = new Uint32Array(image.data.buffer);
  const scale = (positions: Float64Array) => (ratio === 1 ? positions : positions.map((p) => p * ratio));
  const { slotOf, offsets } = pixelSlots(width, height, scale(px), scale(py), size);
  // Every point light, drawn once: a redraw copies it and stamps only the selected positions dark.
  const base = new Uint32Array(pixels.length);
  const stampAll = () => {
    for (const offset of offsets) stamp(base, offset, width, size, LIGHT);
  };
  stampAll();
  // Per slot: 0 = not selected, else 1 + the highest paint rank among its selected rows.
  const chosen = new Uint8Array(offsets.length);
  const rowSelected = new Uint8Array(slotOf.length);
  /** What the canvas shows: the selection version and paint key it was drawn for, and its selected count. */
  let drawn: { version: number; paintKey: unknown; count: number } | undefined;
  return {
    canvas,
    hits: createHitIndex(px, py, cssWidth, cssHeight, (row) => slotOf[row] >= 0),
    draw(selection, paint) {
      const version = selection.version();
      if (drawn && drawn.version === version && drawn.paintKey === paint?.key) return drawn.count;
      const selected = selection.flags;
      pixels.set(base);
      chosen.fill(0);
      rowSelected.set(selected);
      let count = 0;
      // One pass over the rows, reading the mask and slots only (at 300,000 rows this loop is most of a redraw).
      if (paint) {
        for (let row = 0; row < slotOf.length; row++) {
          const slot = slotOf[row];
          if (slot < 0 || selected[row] !== 1) continue;
          const rank = 1 + paint.rankOf(row);
          if (rank > chosen[slot]) chosen[slot] = rank;
          count++;
        }
      } else {
        for (let row = 0; row < slotOf.length; row++) {
          const slot = slotOf[row];
          if (slot < 0 || selected[row] !== 1) continue;
          chosen[slot] = 1;
          count++;
        }
      }
      for (let slot = 0; slot < offsets.length; slot++) {
        if (chosen[slot]) stamp(pixels, offsets[slot], width, size, paint ? paint.colours[chosen[slot] - 1] : DARK);
      }
      context.putImageData(image, 0, 0);
      drawn = { version, paintKey: paint?.key, count };
      return count;
    },
    drawnPoints() {
      const points: DrawnPoint[] = [];
      for (let row = 0; row < slotOf.length; row++) if (slotOf[row] >= 0) points.push({ x: px[row], y: py[row], selected: rowSelected[row] === 1 });
      return points;
    },
    setBackground(background) {
      base.set(background);
      stampAll();
      drawn = undefined;
    },
  };
}

/** A `size`×`size` dot with its top-left pixel at `offset`. */
function stamp(pixels: Uint32Array, offset: number, width: number, size: number, colour: number): void {
  for (let dy = 0; dy < size; dy++) {
    const base = offset + dy * width;
    for (let dx = 0; dx < size; dx++) pixels[base + dx] = colour;
  }
}

/** Packed RGBA of a `#rrggbb` colour, as the layer stamps it. */
export function packColour(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  return rgba((value >> 16) & 255, (value >> 8) & 255, value & 255, 255);
}

/** Packed RGBA for a little-endian Uint32 view of ImageData. */
function rgba(r: number, g: number, b: number, a: number): number {
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
