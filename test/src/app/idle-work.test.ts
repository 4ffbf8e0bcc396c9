import { describe, expect, it } from 'vitest';
import { MIN_IDLE_MS, runWhenIdle, type IdleScheduler } from '../../../src/app/idle-work';

/** A scheduler driven by the test: turns wait in `queue` until `grant(idleMs)` runs the oldest. */
function fakeIdle() {
  const queue: ((idleMs: number) => void)[] = [];
  const schedule: IdleScheduler = (run) => {
    queue.push(run);
    return () => queue.splice(queue.indexOf(run), 1);
  };
  const grant = (idleMs: number) => queue.shift()?.(idleMs);
  return { schedule, grant, pending: () => queue.length };
}

describe('runWhenIdle', () => {
  it('runs one step per long enough idle turn until a step says there is no more, then calls done once', () => {
    const idle = fakeIdle();
    const log: string[] = [];
    let left = 3;
    runWhenIdle(() => (log.push(`step ${left}`), left-- > 0), () => log.push('done'), idle.schedule);
    expect(log).toEqual([]);
    idle.grant(MIN_IDLE_MS - 1);
    idle.grant(5);
    expect(log).toEqual([]);
    for (let i = 0; i < 4; i++) idle.grant(MIN_IDLE_MS);
    expect(log).toEqual(['step 3', 'step 2', 'step 1', 'step 0', 'done']);
    expect(idle.pending()).toBe(0);
  });

  it('cancel stops it between turns: no step and no done after', () => {
    const idle = fakeIdle();
    const log: string[] = [];
    const work = runWhenIdle(() => (log.push('step'), true), () => log.push('done'), idle.schedule);
    idle.grant(50);
    work.cancel();
    expect(idle.pending()).toBe(0);
    idle.grant(50);
    expect(log).toEqual(['step']);
  });
});
