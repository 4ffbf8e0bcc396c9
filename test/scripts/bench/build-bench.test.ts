import { describe, expect, it } from 'vitest';
import { BUILD_CASES, formatBuildFigures } from '../../../scripts/bench/build-bench';

describe('BUILD_CASES', () => {
  it('are the two sizes issue 6 asks for', () => {
    expect(BUILD_CASES.map((c) => [c.runs, c.columns])).toEqual([[1_000_000, 40], [5_000, 10_000]]);
  });
});

describe('formatBuildFigures', () => {
  it('prints time, peak memory, the plain-read ratio against its target and the output sizes', () => {
    const lines = formatBuildFigures({
      label: 'x', generateMs: 1, buildMs: 2100, buildSeconds: 2, buildPeakBytes: 3, plainReadMs: 1600, plainReadPeakBytes: 4,
      sizes: [{ name: 'runlens.sqlite', bytes: 5 }],
    }, (ms) => `${ms}ms`, (b) => `${b}B`);
    expect(lines).toEqual([
      '\n[build: x]',
      '  generate (ROOT writer): 1ms',
      '  build:data: 2000ms (process wall time incl. tsx start 2100ms)',
      '  build:data peak memory (resident set): 3B (target ≤ 2 GiB)',
      '  plain jsroot read of the same trees: 1600ms, peak 4B',
      '  plain read / build time: 0.80 (target ≥ 0.8; build / plain read = 1.25)',
      '  outputs: runlens.sqlite 5B',
    ]);
  });
});
