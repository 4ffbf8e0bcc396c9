import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/app/debounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('debounce', () => {
  it('runs once with the latest value after calls stop for the delay', () => {
    const seen: string[] = [];
    const announce = debounce((text: string) => seen.push(text), 500);
    announce.call('10 of 3000 runs selected');
    vi.advanceTimersByTime(300);
    announce.call('12 of 3000 runs selected');
    vi.advanceTimersByTime(300);
    announce.call('15 of 3000 runs selected');
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(seen).toEqual(['15 of 3000 runs selected']);
  });

  it('cancel drops a pending call', () => {
    const seen: number[] = [];
    const later = debounce((n: number) => seen.push(n), 100);
    later.call(1);
    later.cancel();
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([]);
  });
});
