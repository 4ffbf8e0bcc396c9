import { describe, expect, it } from 'vitest';
import { CLICK_SLOP, createClickGuard, isClickMove } from '../../../src/charts/click-guard';

const at = (clientX: number, clientY: number) => ({ clientX, clientY });

describe('isClickMove', () => {
  it('is a click up to the slop (inclusive) and a drag beyond it, in any direction', () => {
    expect(isClickMove([10, 10], [10, 10])).toBe(true);
    expect(isClickMove([10, 10], [10 + CLICK_SLOP, 10])).toBe(true);
    expect(isClickMove([10, 10], [10, 10 - CLICK_SLOP - 0.01])).toBe(false);
    expect(isClickMove([0, 0], [3, 4], 5)).toBe(true);
    expect(isClickMove([0, 0], [3, 4], 4.99)).toBe(false);
  });
});

describe('createClickGuard', () => {
  it('keeps a gesture a click while the pointer stays within the slop', () => {
    const guard = createClickGuard();
    guard.start(at(100, 50));
    expect(guard.isClick(at(101, 51))).toBe(true);
    expect(guard.isClick(at(100, 50))).toBe(true);
  });

  it('turns it into a drag for good once the pointer went beyond the slop, even when it comes back', () => {
    const guard = createClickGuard();
    guard.start(at(100, 50));
    expect(guard.isClick(at(110, 50))).toBe(false);
    expect(guard.isClick(at(100, 50))).toBe(false);
    // The next press starts a new gesture.
    guard.start(at(10, 10));
    expect(guard.isClick(at(10, 10))).toBe(true);
  });

  it('treats events without a position (touch, none) and a gesture never started as drags', () => {
    const touch = createClickGuard();
    touch.start({ touches: [] });
    expect(touch.isClick(at(1, 1))).toBe(false);
    const unstarted = createClickGuard();
    expect(unstarted.isClick(at(1, 1))).toBe(false);
    const noRelease = createClickGuard();
    noRelease.start(at(1, 1));
    expect(noRelease.isClick(null)).toBe(false);
  });
});
