import type { ByteWriter } from './ByteWriter';

/** ROOT's new-class tag, written before a class name seen for the first time. */
export const kNewClassTag = 0xffffffff;
/** ROOT adds this to buffer positions to form class and object tags. */
export const kMapOffset = 2;

/** TObject fBits as ROOT writes them: on the heap and not deleted. */
export const BITS_DEFAULT = 0x03000000;

/** TObject part (a base, so no byte count): version 1, fUniqueID 0, fBits. */
export function writeTObject(w: ByteWriter, bits = BITS_DEFAULT): void {
  w.i16(1);
  w.u32(0);
  w.u32(bits);
}

/** TNamed v1: TObject part, then name and title as counted strings. */
export function writeTNamed(w: ByteWriter, name: string, title: string, bits = BITS_DEFAULT): void {
  w.versioned(1, () => {
    writeTObject(w, bits);
    w.string(name);
    w.string(title);
  });
}

/**
 * A polymorphic pointer in ROOT's "new class" form: byte count, kNewClassTag,
 * the class name, then the object. Returns the object tag other pointers in the
 * same record can use to refer back to it.
 */
export function writeObjectPointer(w: ByteWriter, className: string, body: () => void): number {
  const tag = w.tagPosition() + kMapOffset;
  w.counted(() => {
    w.u32(kNewClassTag);
    w.cString(className);
    body();
  });
  return tag;
}

/** A reference to an object streamed earlier in the same record. */
export function writeObjectReference(w: ByteWriter, tag: number): void {
  w.u32(tag);
}

/** Null pointer. */
export function writeNull(w: ByteWriter): void {
  w.u32(0);
}

/** TObjArray v3 written inline; each item writes one slot in pointer form. */
export function writeTObjArray(w: ByteWriter, items: readonly (() => void)[], bits = BITS_DEFAULT): void {
  w.versioned(3, () => {
    writeTObject(w, bits);
    w.string('');
    w.i32(items.length);
    w.i32(0);
    for (const item of items) item();
  });
}

/** TList v5 written inline; each item writes one element in pointer form, then an empty option. */
export function writeTList(w: ByteWriter, items: readonly (() => void)[], bits = BITS_DEFAULT): void {
  w.versioned(5, () => {
    writeTObject(w, bits);
    w.string('');
    w.i32(items.length);
    for (const item of items) {
      item();
      w.string('');
    }
  });
}

/** ROOT::TIOFeatures: version 0 + class checksum form, one fIOBits byte (0). */
export function writeIOFeatures(w: ByteWriter): void {
  w.counted(() => {
    w.i16(0);
    w.u32(0x1aa12f10);
    w.u8(0);
  });
}

/** A pointer-to-array member `T* x; //[n]`: flag byte 1, then the values. */
export function writeFlaggedArray(w: ByteWriter, write: () => void): void {
  w.u8(1);
  write();
}
