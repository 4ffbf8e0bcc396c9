import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

describe('toolchain', () => {
  it('loads jsroot in Node at the pinned version', async () => {
    const jsroot = await import('jsroot');
    expect(jsroot.version_id).toBe('7.11.2');
  });

  it('resolves canvas to the throwing stub, so nothing tries to draw images in Node', () => {
    const require = createRequire(import.meta.url);
    expect(() => require('canvas')).toThrow(/stubbed/);
  });
});
