import { describe, expect, it } from 'vitest';
import { counterText, progressText } from '../../../src/app/counter-text';

describe('counterText', () => {
  it('says how many of all runs are selected', () => {
    expect(counterText(186, 600)).toBe('186 of 600 runs selected');
    expect(counterText(0, 0)).toBe('0 of 0 runs selected');
  });
});

describe('progressText', () => {
  it('shows megabytes received of the total, or received only when the total is unknown', () => {
    expect(progressText('runlens.sqlite', 1_250_000, 3_400_000)).toBe('Loading runlens.sqlite: 1.3 of 3.4 MB');
    expect(progressText('runlens.sqlite', 500_000, 0)).toBe('Loading runlens.sqlite: 0.5 MB');
  });
});
