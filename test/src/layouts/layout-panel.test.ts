import { describe, expect, it } from 'vitest';
import { toRun } from '../../../src/layouts/layout-panel';
import { createJsrootLoader, type Jsroot } from '../../../src/layouts/load-jsroot';

describe('toRun', () => {
  it.each([['295585', 295585], [' 12 ', 12], ['0', 0], ['', null], ['-1', null], ['1.5', null], ['1e3', null], ['abc', null], ['1234567890123456', null]] as const)('reads %j as %s', (text, run) => {
    expect(toRun(text)).toBe(run);
  });
});

describe('createJsrootLoader', () => {
  const fake = {} as Jsroot;
  it('loads once for every call', async () => {
    let loads = 0;
    const load = createJsrootLoader(async () => (loads++, fake));
    expect(await Promise.all([load(), load()])).toEqual([fake, fake]);
    expect(await load()).toBe(fake);
    expect(loads).toBe(1);
  });

  it('loads again after a failed load (a chunk that did not arrive)', async () => {
    let loads = 0;
    const load = createJsrootLoader(async () => {
      loads++;
      if (loads === 1) throw new Error('chunk failed');
      return fake;
    });
    await expect(load()).rejects.toThrow('chunk failed');
    expect(await load()).toBe(fake);
    expect(loads).toBe(2);
  });
});
