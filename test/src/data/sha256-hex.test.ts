import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/data/sha256-hex';

const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
const expected = createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('hashes with Web Crypto where the page has it, as lower-case hex', async () => {
    expect(await sha256Hex(bytes, globalThis.crypto.subtle)).toBe(expected);
  });
  it('hashes the same without Web Crypto (a page served over plain http), with @noble/hashes', async () => {
    expect(await sha256Hex(bytes, undefined)).toBe(expected);
  });
  it('hashes zero bytes to the empty-input digest', async () => {
    expect(await sha256Hex(new Uint8Array(0), undefined)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
