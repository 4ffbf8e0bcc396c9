import { describe, expect, it } from 'vitest';
import { JSROOT_READS, readWithJsrootAlone } from '../../../scripts/histograms/jsroot-reads';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readWithJsrootAlone', () => {
  it('never lets two reads overlap, so each sees only its own unhandledRejection listener', async () => {
    const outside = () => undefined;
    process.on('unhandledRejection', outside);
    try {
      const seen: number[] = [];
      let active = 0;
      let most = 0;
      const read = async () => {
        active += 1;
        most = Math.max(most, active);
        seen.push(process.listeners('unhandledRejection').length);
        await tick();
        active -= 1;
      };
      await Promise.all(Array.from({ length: 20 }, () => readWithJsrootAlone(read)));
      expect(most).toBe(1);
      expect(seen).toEqual(new Array(20).fill(1)); // the guard's own listener only: the outside one is set aside
      expect(process.listeners('unhandledRejection')).toContain(outside);
    } finally {
      process.removeListener('unhandledRejection', outside);
    }
  });

  it('returns a rejection jsroot dropped as `lost`, and the next read still runs with the listeners restored', async () => {
    const before = process.listeners('unhandledRejection');
    const damaged = new RangeError('Offset is outside the bounds of the DataView');
    const lost = readWithJsrootAlone(() => {
      void Promise.resolve().then(() => { throw damaged; });
      return new Promise<number>(() => undefined);
    });
    const next = readWithJsrootAlone(async () => 7);
    expect(await lost).toEqual({ ok: false, lost: damaged });
    expect(await next).toEqual({ ok: true, value: 7 });
    expect(process.listeners('unhandledRejection')).toEqual(before);
  });

  it('goes through the one process-wide queue', async () => {
    let release: () => void = () => undefined;
    const first = readWithJsrootAlone(() => new Promise<void>((resolve) => { release = resolve; }));
    await tick();
    expect(JSROOT_READS.busy).toBe(true);
    release();
    await first;
    expect(JSROOT_READS.busy).toBe(false);
  });
});
