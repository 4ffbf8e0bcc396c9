import { describe, expect, it } from 'vitest';
import { runsToStep, stepRun } from '../../../src/layouts/step-run';

describe('runsToStep', () => {
  it('keeps the selected rows\' runs that have histograms, in run order', () => {
    const runs = Float64Array.from([10, 11, 12, 13, 14]);
    const selected = new Set([0, 2, 3, 4]);
    expect(runsToStep(runs, (row) => selected.has(row), (run) => run !== 13)).toEqual([10, 12, 14]);
  });

  it('is empty when nothing is selected', () => {
    expect(runsToStep([1, 2], () => false, () => true)).toEqual([]);
  });
});

describe('stepRun', () => {
  const runs = [10, 12, 14];
  it.each([
    [12, 1, 14], [12, -1, 10], [10, -1, null], [14, 1, null],
    // A current run outside the list: the next one above, the previous one below.
    [11, 1, 12], [11, -1, 10], [9, -1, null], [9, 1, 10], [20, -1, 14], [20, 1, null],
  ] as const)('from %d in direction %d gives %s', (current, direction, expected) => {
    expect(stepRun(runs, current, direction)).toBe(expected);
  });

  it('starts at either end without a current run, and gives null for an empty list', () => {
    expect([stepRun(runs, null, 1), stepRun(runs, null, -1), stepRun([], 12, 1), stepRun([], null, 1)]).toEqual([10, 14, null, null]);
  });

  it('steps through a single run list', () => {
    expect([stepRun([5], 5, 1), stepRun([5], 5, -1), stepRun([5], 4, 1)]).toEqual([null, null, 5]);
  });
});
