import { describe, expect, it } from 'vitest';
import { snapToRuns } from '../../../src/charts/snap-to-runs';

describe('snapToRuns', () => {
  it('keeps the whole runs inside the span, in either drag direction', () => {
    expect(snapToRuns(285011.4, 290221.9)).toEqual([285012, 290221]);
    expect(snapToRuns(290221.9, 285011.4)).toEqual([285012, 290221]);
    expect(snapToRuns(285012, 285012)).toEqual([285012, 285012]);
  });
  it('returns null when no whole run lies inside', () => {
    expect(snapToRuns(285012.1, 285012.9)).toBeNull();
  });
});
