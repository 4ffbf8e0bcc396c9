import { describe, expect, it } from 'vitest';
import type { AppShell } from '../../../src/app/app-shell';
import { progressText } from '../../../src/app/counter-text';
import { showProgress } from '../../../src/app/page-state';

/** The parts of the shell showProgress touches; `max` refuses what HTMLProgressElement refuses (a non-finite double). */
function fakeShell() {
  const progress = {
    maxSet: [] as number[],
    value: NaN,
    valueRemoved: 0,
    set max(value: number) {
      if (!Number.isFinite(value)) throw new TypeError("Failed to set the 'max' property on 'HTMLProgressElement': The provided double value is non-finite.");
      this.maxSet.push(value);
    },
    removeAttribute(name: string) {
      if (name === 'value') this.valueRemoved++;
    },
  };
  const status = { textContent: '' };
  return { shell: { progress, status } as unknown as AppShell, progress, status };
}

describe('showProgress', () => {
  it('sets the bar and the text from a known total', () => {
    const { shell, progress, status } = fakeShell();
    showProgress(shell, 'runlens.sqlite', 450_000, 909_312);
    expect(progress.maxSet).toEqual([909_312]);
    expect(progress.value).toBe(450_000);
    expect(status.textContent).toBe(progressText('runlens.sqlite', 450_000, 909_312));
  });
  it('leaves the bar indeterminate for a total that is unknown, not finite or not above 0 (never a non-finite max)', () => {
    for (const total of [0, NaN, Infinity, -Infinity, -5]) {
      const { shell, progress, status } = fakeShell();
      showProgress(shell, 'runlens.sqlite', 1000, total);
      expect(progress.maxSet).toEqual([]);
      expect(progress.valueRemoved).toBe(1);
      expect(status.textContent).toBe(progressText('runlens.sqlite', 1000, 0));
    }
  });
});
