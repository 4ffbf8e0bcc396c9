import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressPayload, MAX_BLOCK_BYTES } from '../../../scripts/root-writer/compress-payload';

const le24 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);

describe('compressPayload', () => {
  it('writes one ZL block: method 8, little-endian sizes, then a zlib stream that inflates to the input', () => {
    const data = new Uint8Array(1000).fill(7);
    const out = compressPayload(data, 4)!;
    expect(String.fromCharCode(out[0], out[1])).toBe('ZL');
    expect(out[2]).toBe(8);
    expect([le24(out, 3), le24(out, 6)]).toEqual([out.length - 9, 1000]);
    expect(Array.from(inflateSync(out.subarray(9)))).toEqual(Array.from(data));
  });

  it('returns null when compression would not make the data strictly smaller', () => {
    const noise = Uint8Array.from({ length: 64 }, (_, k) => (k * 2654435761) >>> 24);
    expect(compressPayload(noise, 9)).toBeNull();
    expect(compressPayload(new Uint8Array(0), 4)).toBeNull();
  });

  it('cuts data above 16 MiB − 1 into consecutive blocks', () => {
    const data = new Uint8Array(MAX_BLOCK_BYTES + 100).fill(1);
    const out = compressPayload(data, 1)!;
    const c1 = le24(out, 3);
    const second = 9 + c1;
    expect(le24(out, 6)).toBe(MAX_BLOCK_BYTES);
    expect([String.fromCharCode(out[second], out[second + 1]), le24(out, second + 6)]).toEqual(['ZL', 100]);
    expect(second + 9 + le24(out, second + 3)).toBe(out.length);
  });
});
