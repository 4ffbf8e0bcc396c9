/**
 * Dense points on a canvas, drawn straight into pixels: positions are computed
 * once, a redraw only tests each row's selection and writes a few pixels.
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
  const offsets = pixelOffsets(width, height, px, py);
  const chosen = new Uint8Array(offsets.length);
  return {
    canvas,
    draw(isSelected) {
      pixels.fill(0);
      let selected = 0;
      chosen.fill(0);
      for (let row = 0; row < offsets.length; row++) {
        if (offsets[row] < 0) continue;
        if (isSelected(row)) {
          chosen[row] = 1;
          selected++;
        } else stamp(pixels, offsets[row], width, LIGHT);
      }
      for (let row = 0; row < offsets.length; row++) if (chosen[row]) stamp(pixels, offsets[row], width, DARK);
      context.putImageData(image, 0, 0);
      return selected;
    },
  };
}

/** Offset of each point's top-left pixel in the buffer, -1 when off-canvas or missing. */
function pixelOffsets(width: number, height: number, px: Float64Array, py: Float64Array): Int32Array {
  const offsets = new Int32Array(px.length);
  for (let row = 0; row < px.length; row++) {
    const x = Math.round(px[row]) - 1;
    const y = Math.round(py[row]) - 1;
    offsets[row] = x >= 0 && y >= 0 && x < width - 2 && y < height - 2 ? y * width + x : -1;
  }
  return offsets;
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
