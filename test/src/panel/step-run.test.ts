import { describe, expect, it } from 'vitest';
import { rowOfRun, selectionPosition, stepRow } from '../../../src/panel/step-run';

const selected = (rows: number[]) => (row: number) => rows.includes(row);

describe('stepRow', () => {
  it('finds the next and previous selected rows, -1 past either end', () => {
    const isSelected = selected([1, 4, 5, 8]);
    expect(stepRow(1, 1, 10, isSelected)).toBe(4);
    expect(stepRow(2, 1, 10, isSelected)).toBe(4);
    expect(stepRow(4, -1, 10, isSelected)).toBe(1);
    expect(stepRow(8, 1, 10, isSelected)).toBe(-1);
    expect(stepRow(1, -1, 10, isSelected)).toBe(-1);
    expect(stepRow(-1, 1, 10, isSelected)).toBe(1);
    expect(stepRow(10, -1, 10, isSelected)).toBe(8);
    expect(stepRow(-1, 1, 0, isSelected)).toBe(-1);
  });

  it('agrees with a filter-and-pick on every start of random selections', () => {
    for (let n = 0; n < 30; n++) {
      const rows = Array.from({ length: n }, (_, i) => i).filter((i) => (i * 7 + n) % 3 === 0);
      const isSelected = selected(rows);
      for (let from = -1; from <= n; from++) {
        expect(stepRow(from, 1, n, isSelected)).toBe(rows.find((r) => r > from) ?? -1);
        expect(stepRow(from, -1, n, isSelected)).toBe([...rows].reverse().find((r) => r < from) ?? -1);
      }
    }
  });
});

describe('rowOfRun', () => {
  it('finds a run in ascending runs and gives -1 for absent ones', () => {
    const runs = new Float64Array([285002, 285010, 286000, 297599]);
    expect([...runs].map((run) => rowOfRun(runs, run))).toEqual([0, 1, 2, 3]);
    expect([1, 285003, 300000].map((run) => rowOfRun(runs, run))).toEqual([-1, -1, -1]);
    expect(rowOfRun(new Float64Array(), 1)).toBe(-1);
  });
});

describe('selectionPosition', () => {
  it('counts the selected rows up to and including the row, 0 when the row is not selected', () => {
    const isSelected = selected([1, 4, 5, 8]);
    expect(selectionPosition(5, 10, isSelected)).toEqual({ position: 3, selected: 4 });
    expect(selectionPosition(1, 10, isSelected)).toEqual({ position: 1, selected: 4 });
    expect(selectionPosition(2, 10, isSelected)).toEqual({ position: 0, selected: 4 });
    expect(selectionPosition(-1, 10, isSelected)).toEqual({ position: 0, selected: 4 });
  });
});
