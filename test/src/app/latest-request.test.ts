import { describe, expect, it } from 'vitest';
import { createLatestRequest } from '../../../src/app/latest-request';

/** A view loader whose result arrives when the test resolves it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createLatestRequest', () => {
  it('a token is current until the next begin()', () => {
    const latest = createLatestRequest();
    const first = latest.begin();
    expect(first()).toBe(true);
    const second = latest.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('two quick switches with the first load slower: only the second one mounts', async () => {
    const latest = createLatestRequest();
    const mounted: string[] = [];
    const slow = deferred<string>();
    const fast = deferred<string>();
    const show = async (load: Promise<string>) => {
      const isLatest = latest.begin();
      const view = await load;
      if (isLatest()) mounted.push(view);
    };
    const a = show(slow.promise);
    const b = show(fast.promise);
    fast.resolve('tpc-overview');
    await b;
    slow.resolve('event-selection');
    await a;
    expect(mounted).toEqual(['tpc-overview']);
  });
});
