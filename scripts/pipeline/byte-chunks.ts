/**
 * Bytes gathered into a growing Buffer and handed out as chunks: text is
 * written straight into the buffer (no intermediate strings to join and
 * encode). A chunk handed out is never written again, so a sink may keep it.
 */
export class ByteChunks {
  private buffer: Buffer;
  private length = 0;

  constructor(private readonly chunkBytes: number) {
    this.buffer = Buffer.allocUnsafe(chunkBytes * 2);
  }

  /** True once a chunk's worth of bytes is gathered. */
  get full(): boolean {
    return this.length >= this.chunkBytes;
  }

  get empty(): boolean {
    return this.length === 0;
  }

  /** One byte (an ASCII character code). */
  byte(code: number): void {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = code;
  }

  /** Text known to hold only ASCII characters (numbers), one byte per character. */
  ascii(text: string): void {
    if (this.length + text.length > this.buffer.length) this.reserve(text.length);
    this.length += this.buffer.write(text, this.length, 'latin1');
  }

  /** Any text, as UTF-8. */
  utf8(text: string): void {
    const most = text.length * 3;
    if (this.length + most > this.buffer.length) this.reserve(Buffer.byteLength(text, 'utf8'));
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** The bytes gathered so far as one chunk; gathering starts again in a fresh buffer. */
  take(): Uint8Array {
    const chunk = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(this.chunkBytes * 2);
    this.length = 0;
    return chunk;
  }

  private reserve(bytes: number): void {
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
