import { describe, expect, it } from 'vitest';
import { applyMutation, describeMutation, MAX_ZEROED, randomMutation } from '../../../scripts/fuzz/mutation';
import { seededRandom } from '../../../scripts/fuzz/random';

const bytes = Uint8Array.from({ length: 100 }, (_, k) => k + 1);

describe('applyMutation', () => {
  it('flips one byte, truncates, or zeroes a range, leaving the original as it was', () => {
    expect(applyMutation(bytes, { kind: 'flip', at: 3, mask: 0xff })[3]).toBe(4 ^ 0xff);
    expect(applyMutation(bytes, { kind: 'truncate', length: 10 })).toEqual(bytes.subarray(0, 10));
    const zeroed = applyMutation(bytes, { kind: 'zero', at: 90, length: 10 });
    expect([zeroed[89], ...zeroed.subarray(90)]).toEqual([90, ...Array(10).fill(0)]);
    expect(bytes[3]).toBe(4);
  });
});

describe('randomMutation', () => {
  it('draws every kind, always inside the file, never a no-op', () => {
    const random = seededRandom(5);
    const drawn = Array.from({ length: 3000 }, () => randomMutation(100, random));
    const kinds = new Map<string, number>();
    for (const m of drawn) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    expect(kinds.get('flip')! / 3000).toBeCloseTo(0.6, 1);
    expect(kinds.get('truncate')! / 3000).toBeCloseTo(0.2, 1);
    for (const m of drawn) {
      if (m.kind === 'flip') expect(m.at < 100 && m.mask >= 1 && m.mask <= 255).toBe(true);
      if (m.kind === 'truncate') expect(m.length < 100).toBe(true);
      if (m.kind === 'zero') expect(m.length >= 1 && m.length <= MAX_ZEROED && m.at + m.length <= 100).toBe(true);
    }
  });

  it('describes a mutation so it can be read in a failure list', () => {
    expect(describeMutation({ kind: 'flip', at: 1234, mask: 0x5a })).toBe('flip byte 1234 ^ 0x5a');
    expect(describeMutation({ kind: 'truncate', length: 800 })).toBe('truncate to 800 bytes');
    expect(describeMutation({ kind: 'zero', at: 900, length: 16 })).toBe('zero 16 bytes from 900');
  });
});
