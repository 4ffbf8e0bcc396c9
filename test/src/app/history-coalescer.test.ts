import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COALESCER_TIMES, createHistoryCoalescer } from '../../../src/app/history-coalescer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const { settleMs } = COALESCER_TIMES;

describe('createHistoryCoalescer', () => {
  it('pushes the first change, replaces the ones that follow within settleMs of each other, pushes again after a quiet spell', () => {
    const history = createHistoryCoalescer();
    const actions = [history.note()];
    vi.advanceTimersByTime(settleMs - 1);
    actions.push(history.note());
    vi.advanceTimersByTime(settleMs - 1);
    actions.push(history.note());
    vi.advanceTimersByTime(settleMs);
    actions.push(history.note(), history.note());
    expect(actions).toEqual(['push', 'replace', 'replace', 'push', 'replace']);
  });

  it('keeps one entry for a whole drag however long the pointer pauses, and settles it once the release is handled', () => {
    const history = createHistoryCoalescer();
    history.hold(true);
    const drag = [history.note(), history.note()];
    vi.advanceTimersByTime(settleMs * 10);
    drag.push(history.note());
    history.hold(false);
    // The brush's own end event comes in the same task as the release: still the drag's entry.
    drag.push(history.note());
    vi.advanceTimersByTime(COALESCER_TIMES.releaseMs);
    expect(drag).toEqual(['push', 'replace', 'replace', 'replace']);
    // A click right after the drag is an entry of its own.
    expect(history.note()).toBe('push');
  });

  it('starts a new entry at each press, even right after a change that had not settled yet', () => {
    const history = createHistoryCoalescer();
    expect(history.note()).toBe('push');
    history.hold(true);
    expect(history.note()).toBe('push');
    history.hold(true);
    expect(history.note()).toBe('replace');
  });

  it('a release with no change in the drag, or settle(), leaves the next change pushing', () => {
    const history = createHistoryCoalescer({ settleMs: 100, releaseMs: 5 });
    history.hold(true);
    history.hold(false);
    vi.advanceTimersByTime(5);
    expect(history.note()).toBe('push');
    history.settle();
    expect(history.note()).toBe('push');
    vi.advanceTimersByTime(99);
    expect(history.note()).toBe('replace');
    expect(vi.getTimerCount()).toBe(1);
    history.settle();
    expect(vi.getTimerCount()).toBe(0);
  });
});
