import { describe, expect, it } from 'vitest';
import { createRedrawScheduler, type SchedulerOptions } from '../../../src/app/redraw-scheduler';

/**
 * A fake browser: animation callbacks run by hand (`frame()`: what a frame
 * does just before it renders) and microtasks run by hand (`endTask()`: what
 * the end of an event handler does). Chromium's order within a frame:
 * input events, then animation callbacks, then rendering.
 */
function fakeBrowser() {
  const frames = new Map<number, () => void>();
  const tasks: (() => void)[] = [];
  let next = 1;
  const options: Required<Omit<SchedulerOptions, 'onError'>> = {
    requestFrame: (callback) => (frames.set(next, callback), next++),
    cancelFrame: (handle) => void frames.delete(handle),
    queueTask: (callback) => void tasks.push(callback),
  };
  return {
    options,
    endTask() {
      while (tasks.length) tasks.shift()!();
    },
    frame() {
      const callbacks = [...frames.values()];
      frames.clear();
      callbacks.forEach((callback) => callback());
      this.endTask();
    },
    pendingFrames: () => frames.size,
  };
}

function counting(browser: ReturnType<typeof fakeBrowser>) {
  const counter = { redraws: 0 };
  const scheduler = createRedrawScheduler(() => counter.redraws++, browser.options);
  return { counter, scheduler };
}

describe('createRedrawScheduler', () => {
  it("runs an event's redraw when its handler ends, before the frame's animation callbacks and rendering", () => {
    const browser = fakeBrowser();
    const { counter, scheduler } = counting(browser);
    scheduler.request();
    expect(counter.redraws).toBe(0); // not inside the handler itself: its other changes come first
    browser.endTask();
    expect(counter.redraws).toBe(1);
  });

  it('draws every request of one handler once', () => {
    const browser = fakeBrowser();
    const { counter, scheduler } = counting(browser);
    scheduler.request();
    scheduler.request();
    scheduler.request();
    browser.endTask();
    expect(counter.redraws).toBe(1);
  });

  it("draws at once in every frame whose input comes before its animation callbacks (a drag's mouse moves)", () => {
    const browser = fakeBrowser();
    const { counter, scheduler } = counting(browser);
    for (let frame = 1; frame <= 5; frame++) {
      scheduler.request(); // the frame's mouse move
      browser.endTask();
      expect(counter.redraws).toBe(frame);
      browser.frame(); // that frame's animation callbacks: nothing more to draw
      expect(counter.redraws).toBe(frame);
    }
  });

  it('sends requests made while a redraw waits to be rendered to the next animation callback, drawing them once', () => {
    const browser = fakeBrowser();
    const { counter, scheduler } = counting(browser);
    scheduler.request();
    browser.endTask();
    scheduler.request(); // a second event before the frame renders
    browser.endTask();
    scheduler.request(); // and a third
    browser.endTask();
    expect(counter.redraws).toBe(1);
    browser.frame();
    expect(counter.redraws).toBe(2);
    // That redraw ran in an animation callback: one more request before the next frame waits for it.
    scheduler.request();
    browser.endTask();
    expect(counter.redraws).toBe(2);
    browser.frame();
    expect(counter.redraws).toBe(3);
  });

  it('asks for no more frames once idle', () => {
    const browser = fakeBrowser();
    const { scheduler } = counting(browser);
    scheduler.request();
    browser.endTask();
    expect(browser.pendingFrames()).toBe(1);
    browser.frame();
    expect(browser.pendingFrames()).toBe(0);
  });

  it('cancel drops a queued redraw and a deferred one, and the next request draws at once', () => {
    const browser = fakeBrowser();
    const { counter, scheduler } = counting(browser);
    scheduler.request();
    scheduler.cancel();
    browser.endTask();
    expect(counter.redraws).toBe(0);
    scheduler.request();
    browser.endTask();
    scheduler.request(); // deferred to the next animation callback
    scheduler.cancel();
    browser.frame();
    expect(counter.redraws).toBe(1);
    expect(browser.pendingFrames()).toBe(0);
    scheduler.request();
    browser.endTask();
    expect(counter.redraws).toBe(2);
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
    scheduler.request();
    expect(() => browser.endTask()).not.toThrow();
    scheduler.request(); // before rendering: deferred
    expect(() => browser.frame()).not.toThrow();
    expect(errors).toEqual(failures);
    browser.frame();
    scheduler.request();
    browser.endTask();
    expect(calls).toBe(3);
    expect(errors).toEqual(failures);
  });
});
