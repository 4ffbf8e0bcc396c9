import { describe, expect, it } from 'vitest';
import { createRedrawScheduler } from '../../../src/app/redraw-scheduler';

function fakeFrames() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    request: (callback: () => void) => (queue.set(next, callback), next++),
    cancel: (handle: number) => void queue.delete(handle),
    flush() {
      const callbacks = [...queue.values()];
      queue.clear();
      callbacks.forEach((callback) => callback());
    },
    pending: () => queue.size,
  };
}

describe('createRedrawScheduler', () => {
  it('runs redraw once per frame however many requests arrive', () => {
    const frames = fakeFrames();
    let redraws = 0;
    const scheduler = createRedrawScheduler(() => redraws++, { requestFrame: frames.request, cancelFrame: frames.cancel });
    scheduler.request();
    scheduler.request();
    scheduler.request();
    expect(frames.pending()).toBe(1);
    frames.flush();
    expect(redraws).toBe(1);
    scheduler.request();
    frames.flush();
    expect(redraws).toBe(2);
  });

  it('cancel drops a pending redraw', () => {
    const frames = fakeFrames();
    let redraws = 0;
    const scheduler = createRedrawScheduler(() => redraws++, { requestFrame: frames.request, cancelFrame: frames.cancel });
    scheduler.request();
    scheduler.cancel();
    frames.flush();
    expect(redraws).toBe(0);
  });

  it('hands an error thrown by redraw to onError and keeps scheduling later frames', () => {
    const frames = fakeFrames();
    const errors: unknown[] = [];
    let calls = 0;
    const failure = new Error('bar width is NaN');
    const redraw = () => {
      calls++;
      if (calls === 1) throw failure;
    };
    const scheduler = createRedrawScheduler(redraw, { onError: (error) => errors.push(error), requestFrame: frames.request, cancelFrame: frames.cancel });
    scheduler.request();
    expect(() => frames.flush()).not.toThrow();
    expect(errors).toEqual([failure]);
    scheduler.request();
    frames.flush();
    expect(calls).toBe(2);
    expect(errors).toEqual([failure]);
  });
});
