/** ROOT's `kByteCountMask`: set on every byte-count word. */
export const kByteCountMask = 0x40000000;

/**
 * A growable big-endian buffer with the helpers ROOT's object streaming needs:
 * counted strings, version headers with byte counts, and positions relative to
 * the start of the enclosing key (the origin of ROOT's class and object tags).
 */
export class ByteWriter {
  private bytes: Uint8Array;
  private view: DataView;
  /** Number of bytes written so far. */
  private length = 0;

  /**
   * @param origin bytes that precede this buffer in its record (the key length),
   *   so that `tagPosition()` counts from the key's first byte as ROOT does.
   * @param capacity initial size in bytes; the buffer doubles when full.
   */
  constructor(readonly origin = 0, capacity = 1024) {
    this.bytes = new Uint8Array(capacity);
    this.view = new DataView(this.bytes.buffer);
  }

  /** Current write position inside this buffer. */
  get position(): number {
    return this.length;
  }

  /** Position counted from the key's first byte, as ROOT numbers tags. */
  tagPosition(): number {
    return this.origin + this.length;
  }

  /** The written bytes (a copy, so later writes cannot change it). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private reserve(n: number): number {
    const start = this.length;
    const needed = start + n;
    if (needed > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < needed) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes.subarray(0, start));
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    this.length = needed;
    return start;
  }

  // Each writer reserves first and only then reads this.view/this.bytes: reserving
  // may replace them with a larger buffer.
  u8(v: number): void { const at = this.reserve(1); this.view.setUint8(at, v); }
  i8(v: number): void { const at = this.reserve(1); this.view.setInt8(at, v); }
  i16(v: number): void { const at = this.reserve(2); this.view.setInt16(at, v); }
  u16(v: number): void { const at = this.reserve(2); this.view.setUint16(at, v); }
  i32(v: number): void { const at = this.reserve(4); this.view.setInt32(at, v); }
  u32(v: number): void { const at = this.reserve(4); this.view.setUint32(at, v); }
  f32(v: number): void { const at = this.reserve(4); this.view.setFloat32(at, v); }
  f64(v: number): void { const at = this.reserve(8); this.view.setFloat64(at, v); }
  i64(v: number | bigint): void { const at = this.reserve(8); this.view.setBigInt64(at, BigInt(v)); }
  u64(v: number | bigint): void { const at = this.reserve(8); this.view.setBigUint64(at, BigInt(v)); }

  /** Raw bytes, copied in one call. */
  raw(data: Uint8Array): void {
    const at = this.reserve(data.length);
    this.bytes.set(data, at);
  }

  /** ROOT counted string: 1-byte length, or 0xFF + 4-byte length from 255 on. Latin-1. */
  string(s: string): void {
    if (s.length < 255) this.u8(s.length);
    else {
      this.u8(255);
      this.u32(s.length);
    }
    this.latin1(s);
  }

  /** Null-terminated string (class names after a new-class tag). */
  cString(s: string): void {
    this.latin1(s);
    this.u8(0);
  }

  private latin1(s: string): void {
    const start = this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.bytes[start + i] = s.charCodeAt(i);
  }

  /**
   * Writes a byte-count word, runs `body`, then patches the count: the number of
   * bytes after the word, OR-ed with kByteCountMask (ROOT's TBufferFile rule).
   */
  counted(body: () => void): void {
    const at = this.reserve(4);
    body();
    const count = this.length - at - 4;
    if (count >= kByteCountMask) throw new RangeError(`ByteWriter: object of ${count} bytes exceeds ROOT's 30-bit byte count`);
    this.view.setUint32(at, (count | kByteCountMask) >>> 0);
  }

  /** Byte count + 2-byte class version, then `body`: the header of most ROOT objects. */
  versioned(version: number, body: () => void): void {
    this.counted(() => {
      this.i16(version);
      body();
    });
  }
}
