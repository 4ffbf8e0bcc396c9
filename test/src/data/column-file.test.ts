import { describe, expect, it } from 'vitest';
import { decodeCodes, decodeF64, encodeCodes, encodeF64 } from '../../../src/data/column-file';
import { fromCodedTexts, toCategorical } from '../../../src/data/to-categorical';

const doubles = [0, -0, 1.5, -2.25, NaN, Infinity, -Infinity, 5e-324, -5e-324, 2 ** 53 + 2, 1.7976931348623157e308, 0.1 + 0.2];

describe('f64 column files', () => {
  it('hold each double bit for bit (signed zero, subnormals, ±Infinity, NaN for missing), 8 bytes per run, little-endian', () => {
    const bytes = encodeF64(new Float64Array(doubles));
    expect(bytes.length).toBe(doubles.length * 8);
    expect(new DataView(bytes.buffer).getFloat64(16, true)).toBe(1.5);
    const back = decodeF64(bytes, doubles.length);
    expect(back).toBeInstanceOf(Float64Array);
    expect(Array.from(back as Float64Array).map((v, i) => Object.is(v, doubles[i]))).toEqual(doubles.map(() => true));
  });

  it('read bytes that do not start on an 8-byte boundary by copying', () => {
    const padded = new Uint8Array(4 + doubles.length * 8);
    padded.set(encodeF64(new Float64Array(doubles)), 4);
    const back = decodeF64(padded.subarray(4), doubles.length) as Float64Array;
    expect(Array.from(back).map((v, i) => Object.is(v, doubles[i]))).toEqual(doubles.map(() => true));
  });

  it('are refused at any other length', () => {
    const bytes = encodeF64(new Float64Array([1, 2, 3]));
    expect(decodeF64(bytes, 4)).toBe('it holds 24 bytes, not 8 per run (32)');
    expect(decodeF64(bytes.subarray(0, 23), 3)).toBe('it holds 23 bytes, not 8 per run (24)');
  });
});

describe('codes column files', () => {
  const values = ['LHC18b', null, '', 'LHC18b', '(missing)', '\u202Elave', 'Ω', null, 'LHC10h'];

  it('list each text once in order of first appearance, and give missing the code after the last text', () => {
    const decoded = decodeCodes(encodeCodes(values), values.length);
    expect(decoded).toEqual({ texts: ['LHC18b', '', '(missing)', '\u202Elave', 'Ω', 'LHC10h'], codes: new Uint32Array([0, 6, 1, 0, 2, 3, 4, 6, 5]) });
  });

  it('pad the text list to a multiple of 4 so the codes are aligned, whatever its length', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'é']) {
      const bytes = encodeCodes([text, null]);
      const json = new DataView(bytes.buffer).getUint32(0, true);
      expect(json).toBe(new TextEncoder().encode(JSON.stringify([text])).length);
      expect(bytes.length).toBe(4 + Math.ceil(json / 4) * 4 + 8);
      expect(decodeCodes(bytes, 2)).toEqual({ texts: [text], codes: new Uint32Array([0, 1]) });
    }
  });

  it('are refused when short, of another length, with a text list that is not JSON texts, a text twice or a code beyond the list', () => {
    const good = encodeCodes(['a', 'b', null]);
    expect(decodeCodes(good.subarray(0, 3), 3)).toBe('it holds 3 bytes, fewer than its 4-byte header');
    expect(decodeCodes(good, 4)).toBe('it holds 28 bytes, not 32 (a 9-byte text list and 4 per run)');
    const spoiled = (json: string, codes: number[]) => {
      const text = new TextEncoder().encode(json);
      const start = 4 + Math.ceil(text.length / 4) * 4;
      const bytes = new Uint8Array(start + codes.length * 4);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, text.length, true);
      bytes.set(text, 4);
      codes.forEach((code, i) => view.setUint32(start + i * 4, code, true));
      return decodeCodes(bytes, codes.length);
    };
    expect(spoiled('["a",', [0])).toMatch(/^its text list is not UTF-8 JSON \(/);
    expect(spoiled('[1,"a"]', [0])).toBe('its text list is not a JSON array of texts');
    expect(spoiled('{"a":1}', [0])).toBe('its text list is not a JSON array of texts');
    expect(spoiled('["a","a"]', [0])).toBe('its text list holds a text twice');
    expect(spoiled('["a","b"]', [0, 2, 3])).toBe('run 3 of 3 has code 3, beyond its 2 texts');
    expect(spoiled('["a","b"]', [2, 2])).toEqual({ texts: ['a', 'b'], codes: new Uint32Array([2, 2]) });
  });

  it('become the very categories toCategorical makes of their texts (sorted, unused texts gone, missing last)', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pool = ['LHC17p', 'LHC10b', 'lhc10b', '', ' ', '(missing)', 'é', 'e\u0301', '😀', 'Z', '10', '9'];
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: random(30) }, () => (random(5) === 0 ? null : pool[random(pool.length)]));
      const decoded = decodeCodes(encodeCodes(values), values.length);
      if (typeof decoded === 'string') throw new Error(decoded);
      // A text no run uses (as a file from another writer could list) is left out, as toCategorical never sees it.
      const texts = [...decoded.texts, 'unused'];
      const codes = decoded.codes.map((code) => (code === decoded.texts.length ? texts.length : code));
      expect(fromCodedTexts('c', texts, codes)).toEqual(toCategorical('c', values));
    }
  });
});
