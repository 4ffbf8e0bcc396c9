import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../scripts/root-writer/ByteWriter';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('ByteWriter', () => {
  it('writes every number type big-endian', () => {
    const w = new ByteWriter();
    w.u8(0xfe); w.i8(-2); w.i16(-2); w.u16(0xbeef); w.i32(-2); w.u32(0xdeadbeef);
    w.f32(1); w.f64(-0); w.i64(-2n); w.u64(2 ** 40);
    expect(hex(w.finish())).toBe(
      'fe' + 'fe' + 'fffe' + 'beef' + 'fffffffe' + 'deadbeef' + '3f800000' + '8000000000000000' + 'fffffffffffffffe' + '0000010000000000',
    );
  });

  it('keeps earlier bytes and writes correctly when a write grows the buffer', () => {
    const w = new ByteWriter(0, 4);
    w.u32(0x01020304);
    w.i64(0x0506070809n); // needs growth: must land in the new buffer
    w.raw(Uint8Array.from({ length: 20 }, (_, k) => k));
    w.f64(1.5);
    const bytes = w.finish();
    expect(bytes.length).toBe(4 + 8 + 20 + 8);
    expect(hex(bytes.subarray(0, 12))).toBe('01020304' + '0000000506070809');
    expect(Array.from(bytes.subarray(12, 32))).toEqual(Array.from({ length: 20 }, (_, k) => k));
    expect(new DataView(bytes.buffer).getFloat64(32)).toBe(1.5);
  });

  it('writes counted strings in the short form below 255 bytes and the long form from 255 on', () => {
    const w = new ByteWriter();
    w.string('');
    w.string('ab');
    w.string('x'.repeat(255));
    const bytes = w.finish();
    expect(hex(bytes.subarray(0, 4))).toBe('00' + '026162');
    expect(hex(bytes.subarray(4, 9))).toBe('ff000000ff');
    expect(bytes.length).toBe(4 + 5 + 255);
  });

  it('writes null-terminated class names', () => {
    const w = new ByteWriter();
    w.cString('TTree');
    expect(hex(w.finish())).toBe('545472656500');
  });

  it('versioned patches the byte count of the bytes after it, OR-ed with 0x40000000', () => {
    const w = new ByteWriter();
    w.versioned(3, () => {
      w.i32(7);
      w.versioned(1, () => w.u8(9));
    });
    expect(hex(w.finish())).toBe('4000000d' + '0003' + '00000007' + '40000003' + '0001' + '09');
  });

  it('counts tag positions from the record origin', () => {
    const w = new ByteWriter(64);
    w.u32(0);
    expect([w.position, w.tagPosition()]).toEqual([4, 68]);
  });
});
