import { describe, expect, it } from 'vitest';
import { runWhenIdle, type IdleScheduler } from '../../../src/app/idle-work';

/** A scheduler driven by the test: turns wait in `queue` until `grant()` runs the oldest. */
function fakeIdle() {
  const queue: (() => void)[] = [];
  const schedule: IdleScheduler = (run) => {
    queue.push(run);
    return () => queue.splice(queue.indexOf(run), 1);
  };
  const grant = () => queue.shift()?.();
  return { schedule, grant, pending: () => queue.length };
}

describe('runWhenIdle', () => {
  it('runs one step per idle turn while quiet, until a step says there is no more, then calls done once', () => {
    const idle = fakeIdle();
    const log: string[] = [];
    let left = 3;
    let quiet = false;
    runWhenIdle(() => (log.push(`step ${left}`), left-- > 0), () => log.push('done'), () => quiet, idle.schedule);
    idle.grant();
    idle.grant();
    expect(log).toEqual([]);
    expect(idle.pending()).toBe(1);
    quiet = true;
    idle.grant();
    quiet = false;
    idle.grant();
    expect(log).toEqual(['step 3']);
    quiet = true;
    for (let i = 0; i < 3; i++) idle.grant();
    expect(log).toEqual(['step 3', 'step 2', 'step 1', 'step 0', 'done']);
    expect(idle.pending()).toBe(0);
  });

  it('cancel stops it between turns: no step and no done after', () => {
    const idle = fakeIdle();
    const log: string[] = [];
    const work = runWhenIdle(() => (log.push('step'), true), () => log.push('done'), () => true, idle.schedule);
    idle.grant();
    work.cancel();
    expect(idle.pending()).toBe(0);
    idle.grant();
    expect(log).toEqual(['step']);
  });
});
