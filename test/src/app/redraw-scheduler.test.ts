import { describe, expect, it } from 'vitest';
import { createRedrawScheduler, type SchedulerOptions } from '../../../src/app/redraw-scheduler';

/**
 * A fake browser: a clock, animation frames started by hand (`frame(t)`:
 * the clock moves to t and the callbacks get t as their frame start), and
 * microtasks run by hand (`endTask()`: what the end of an event handler does).
 */
function fakeBrowser() {
  let clock = 0;
  const frames = new Map<number, (frameStart: number) => void>();
  const tasks: (() => void)[] = [];
  let next = 1;
  const options: Required<Omit<SchedulerOptions, 'onError'>> = {
    requestFrame: (callback) => (frames.set(next, callback), next++),
    cancelFrame: (handle) => void frames.delete(handle),
    queueTask: (callback) => void tasks.push(callback),
    now: () => clock,
  };
  return {
    options,
    /** Moves the clock to `t` (events happen then). */
    at(t: number) {
      clock = t;
    },
    endTask() {
      while (tasks.length) tasks.shift()!();
    },
    frame(start: number) {
      clock = start;
      const callbacks = [...frames.values()];
      frames.clear();
      callbacks.forEach((callback) => callback(start));
      this.endTask();
    },
    pendingFrames: () => frames.size,
  };
}

describe('createRedrawScheduler', () => {
  it("runs an event's redraw when its handler ends, before the next frame starts", () => {
    const browser = fakeBrowser();
    let redraws = 0;
    const scheduler = createRedrawScheduler(() => redraws++, browser.options);
    browser.at(3);
    scheduler.request();
    expect(redraws).toBe(0); // not inside the handler itself: its other changes come first
    browser.endTask();
    expect(redraws).toBe(1);
  });

  it('draws every request of one handler once', () => {
    const browser = fakeBrowser();
    let redraws = 0;
    const scheduler = createRedrawScheduler(() => redraws++, browser.options);
    scheduler.request();
    scheduler.request();
    scheduler.request();
    browser.endTask();
    expect(redraws).toBe(1);
  });

  it('defers requests after a redraw in the same frame to the next frame, drawing them once', () => {
    const browser = fakeBrowser();
    let redraws = 0;
    const scheduler = createRedrawScheduler(() => redraws++, browser.options);
    browser.frame(0);
    browser.at(1); // an event of frame 0
    scheduler.request();
    browser.endTask();
    browser.at(5); // two more events before frame 0 renders
    scheduler.request();
    browser.endTask();
    scheduler.request();
    browser.endTask();
    expect(redraws).toBe(1);
    // Frame 0's own animation callback (it started at 0, before the redraw at 1) is not a new frame.
    browser.frame(0);
    expect(redraws).toBe(1);
    browser.frame(16.7);
    expect(redraws).toBe(2);
  });

  it('draws at once again in a frame that has not drawn yet', () => {
    const browser = fakeBrowser();
    let redraws = 0;
    const scheduler = createRedrawScheduler(() => redraws++, browser.options);
    browser.at(1);
    scheduler.request();
    browser.endTask();
    browser.frame(16.7);
    browser.at(17);
    scheduler.request();
    browser.endTask();
    expect(redraws).toBe(2);
  });

  it('asks for no more frames once idle', () => {
    const browser = fakeBrowser();
    const scheduler = createRedrawScheduler(() => undefined, browser.options);
    browser.at(1);
    scheduler.request();
    browser.endTask();
    expect(browser.pendingFrames()).toBe(1);
    browser.frame(16.7);
    expect(browser.pendingFrames()).toBe(0);
  });

  it('cancel drops a queued redraw and a deferred one', () => {
    const browser = fakeBrowser();
    let redraws = 0;
    const scheduler = createRedrawScheduler(() => redraws++, browser.options);
    scheduler.request();
    scheduler.cancel();
    browser.endTask();
    expect(redraws).toBe(0);
    browser.at(1);
    scheduler.request();
    browser.endTask();
    scheduler.request(); // deferred to the next frame
    scheduler.cancel();
    browser.frame(16.7);
    expect(redraws).toBe(1);
    expect(browser.pendingFrames()).toBe(0);
  });

  it('hands an error thrown by redraw to onError, at once and in a frame, and keeps scheduling', () => {
    const browser = fakeBrowser();
    const errors: unknown[] = [];
    let calls = 0;
    const failures = [new Error('bar width is NaN'), new Error('no such bin')];
    const redraw = () => {
      calls++;
      if (calls <= failures.length) throw failures[calls - 1];
    };
    const scheduler = createRedrawScheduler(redraw, { ...browser.options, onError: (error) => errors.push(error) });
    browser.at(1);
    scheduler.request();
    expect(() => browser.endTask()).not.toThrow();
    scheduler.request(); // same frame: deferred
    expect(() => browser.frame(16.7)).not.toThrow();
    expect(errors).toEqual(failures);
    browser.frame(33.4);
    browser.at(34);
    scheduler.request();
    browser.endTask();
    expect(calls).toBe(3);
    expect(errors).toEqual(failures);
  });
});
