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

  u8(v: number): void { this.view.setUint8(this.reserve(1), v); }
  i8(v: number): void { this.view.setInt8(this.reserve(1), v); }
  i16(v: number): void { this.view.setInt16(this.reserve(2), v); }
  u16(v: number): void { this.view.setUint16(this.reserve(2), v); }
  i32(v: number): void { this.view.setInt32(this.reserve(4), v); }
  u32(v: number): void { this.view.setUint32(this.reserve(4), v); }
  f32(v: number): void { this.view.setFloat32(this.reserve(4), v); }
  f64(v: number): void { this.view.setFloat64(this.reserve(8), v); }
  i64(v: number | bigint): void { this.view.setBigInt64(this.reserve(8), BigInt(v)); }
  u64(v: number | bigint): void { this.view.setBigUint64(this.reserve(8), BigInt(v)); }

  /** Raw bytes, copied in one call. */
  raw(data: Uint8Array): void {
    this.bytes.set(data, this.reserve(data.length));
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

  /** Overwrites a 4-byte word written earlier (for values known only later). */
  patchU32(at: number, v: number): void {
    this.view.setUint32(at, v);
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
