import { pixelSlots } from './pixel-slots';

/**
 * Dense points on a canvas, drawn straight into pixels: positions, shared
 * pixels and the all-light image are computed once; a redraw tests each row's
 * selection and stamps each selected position once.
 */
export interface PointLayer {
  canvas: HTMLCanvasElement;
  /** Draws all points; returns how many were drawn as selected. */
  draw(isSelected: (row: number) => boolean): number;
}

const LIGHT = rgba(180, 190, 205, 255);
const DARK = rgba(31, 78, 145, 255);

/** A canvas of `width`×`height` CSS pixels for points at pixel positions px/py (NaN = not drawn). */
export function createPointLayer(width: number, height: number, px: Float64Array, py: Float64Array): PointLayer {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.className = 'point-layer';
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(width, height);
  const pixels = new Uint32Array(image.data.buffer);
  const { slotOf, offsets } = pixelSlots(width, height, px, py);
  // Every point light, drawn once: a redraw copies it and stamps only the selected positions dark.
  const base = new Uint32Array(pixels.length);
  for (const offset of offsets) stamp(base, offset, width, LIGHT);
  const chosen = new Uint8Array(offsets.length);
  return {
    canvas,
    draw(isSelected) {
      pixels.set(base);
      chosen.fill(0);
      let selected = 0;
      for (let row = 0; row < slotOf.length; row++) {
        if (slotOf[row] >= 0 && isSelected(row)) {
          chosen[slotOf[row]] = 1;
          selected++;
        }
      }
      for (let slot = 0; slot < offsets.length; slot++) if (chosen[slot]) stamp(pixels, offsets[slot], width, DARK);
      context.putImageData(image, 0, 0);
      return selected;
    },
  };
}

/** A 3×3 dot. */
function stamp(pixels: Uint32Array, offset: number, width: number, colour: number): void {
  for (let dy = 0; dy < 3; dy++) {
    const base = offset + dy * width;
    pixels[base] = colour;
    pixels[base + 1] = colour;
    pixels[base + 2] = colour;
  }
}

/** Packed RGBA for a little-endian Uint32 view of ImageData. */
function rgba(r: number, g: number, b: number, a: number): number {
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
