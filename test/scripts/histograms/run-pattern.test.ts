import { describe, expect, it } from 'vitest';
import { HistogramExtractError } from '../../../scripts/histograms/HistogramExtractError';
import { histogramMessages } from '../../../scripts/histograms/histogram-messages';
import { toRunPattern } from '../../../scripts/histograms/run-pattern';

describe('toRunPattern', () => {
  it('takes the run from the one capture group, anywhere in the name unless anchored', () => {
    const p = toRunPattern('(\\d+)\\.root$');
    expect(['qa/295585.root', 'qa/000295585.root', 'qa/run295585.root.bak', 'qa/x.root'].map((n) => p.runOf(n))).toEqual([295585, 295585, undefined, undefined]);
    expect(toRunPattern('^run(\\d+)$').runOf('run7')).toBe(7);
    expect(toRunPattern('(?:LHC18q_)?(\\d{6})').runOf('LHC18q_295585_pass3')).toBe(295585);
  });

  it('gives no run for a group that is not a whole number or too large for an exact double', () => {
    expect(toRunPattern('run_(\\w+)').runOf('run_12a')).toBeUndefined();
    expect(toRunPattern('(\\d+)').runOf('99999999999999999999')).toBeUndefined();
  });

  it('refuses an invalid expression and one without exactly one capture group', () => {
    expect(() => toRunPattern('(\\d+')).toThrow(HistogramExtractError);
    expect(() => toRunPattern('\\d+')).toThrow(histogramMessages.runPatternGroups('\\d+', 0));
    expect(() => toRunPattern('(a)(\\d+)')).toThrow(histogramMessages.runPatternGroups('(a)(\\d+)', 2));
  });
});
