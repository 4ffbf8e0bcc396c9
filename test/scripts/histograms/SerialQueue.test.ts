import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../../scripts/histograms/SerialQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SerialQueue', () => {
  it('runs queued tasks one at a time, in queue order, even when each awaits several times', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    let active = 0;
    let most = 0;
    const task = (name: string) => async () => {
      active += 1;
      most = Math.max(most, active);
      log.push(`start ${name}`);
      await tick();
      await tick();
      log.push(`end ${name}`);
      active -= 1;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((n) => queue.run(task(n))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(most).toBe(1);
  });

  it('passes a task\'s failure to its caller and runs the next task anyway', async () => {
    const queue = new SerialQueue();
    const failing = queue.run(async () => { throw new Error('damaged'); });
    const next = queue.run(async () => 'next');
    await expect(failing).rejects.toThrow('damaged');
    await expect(next).resolves.toBe('next');
  });

  it('counts waiting tasks and says when one runs', async () => {
    const queue = new SerialQueue();
    let release: () => void = () => undefined;
    const first = queue.run(() => new Promise<void>((resolve) => { release = resolve; }));
    const second = queue.run(async () => undefined);
    await tick();
    expect([queue.busy, queue.pending]).toEqual([true, 1]);
    release();
    await Promise.all([first, second]);
    expect([queue.busy, queue.pending]).toEqual([false, 0]);
  });
});
