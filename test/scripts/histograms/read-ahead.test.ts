import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../scripts/histograms/read-ahead';

describe('readAhead', () => {
  it('yields results in item order, keeping at most `window` loads in flight, failures as values', async () => {
    let inFlight = 0;
    let most = 0;
    const load = async (n: number) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (7 - n) * 2));
      inFlight -= 1;
      if (n === 3) throw new Error('unreadable');
      return n * 10;
    };
    const out: unknown[] = [];
    for await (const [item, settled] of readAhead([1, 2, 3, 4, 5, 6], load, 3)) {
      out.push([item, settled.ok ? settled.value : (settled.error as Error).message]);
    }
    expect(out).toEqual([[1, 10], [2, 20], [3, 'unreadable'], [4, 40], [5, 50], [6, 60]]);
    expect(most).toBe(3);
  });

  it('yields nothing for no items and loads one at a time for a window below 1', async () => {
    const seen: number[] = [];
    for await (const [item] of readAhead([], async () => 0, 4)) seen.push(item);
    expect(seen).toEqual([]);
    for await (const [item] of readAhead([1, 2], async (n) => n, 0)) seen.push(item);
    expect(seen).toEqual([1, 2]);
  });
});
