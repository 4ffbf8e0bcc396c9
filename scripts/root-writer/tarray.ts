import type { ByteWriter } from './ByteWriter';

/** A TArrayF member or base: the count, then each value as a float (no version, no byte count). */
export function writeArrayF(w: ByteWriter, values: ArrayLike<number>): void {
  w.i32(values.length);
  for (let i = 0; i < values.length; i++) w.f32(values[i]);
}

/** A TArrayD member or base: the count, then each value as a double. */
export function writeArrayD(w: ByteWriter, values: ArrayLike<number>): void {
  w.i32(values.length);
  for (let i = 0; i < values.length; i++) w.f64(values[i]);
}
