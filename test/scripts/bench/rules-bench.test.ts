import { describe, expect, it } from 'vitest';
import { formatRulesFigures, timeRules } from '../../../scripts/bench/rules-bench';

/** A clock that advances 1 ms per reading: every timed step then takes exactly 1 ms. */
const ticking = () => {
  let t = 0;
  return () => (t += 1);
};

describe('timeRules', () => {
  it('times compile, evaluation and decomposition with the clock it is given, and returns the statuses', () => {
    const f = timeRules({ runs: 600, repeats: 3, now: ticking() });
    expect(f).toMatchObject({ runs: 600, rules: 12, repeats: 3, compileMs: 1, evaluateMs: 1, evaluateMinMs: 1, decomposeMs: 1 });
    expect(Object.values(f.counts).reduce((a, b) => a + b, 0)).toBe(600);
    expect(f.counts.Outlier).toBeGreaterThan(0);
  });
});

describe('formatRulesFigures', () => {
  it('prints the evaluation figure first, with the rule and run counts', () => {
    const lines = formatRulesFigures({ runs: 100000, rules: 12, repeats: 7, compileMs: 2.5, evaluateMs: 61.23, evaluateMinMs: 55, decomposeMs: 0.4, counts: { Good: 1, Warning: 2, Outlier: 3, PhysAcc: 0, Bad: 0, Null: 4 } });
    expect(lines).toEqual([
      'rules: 12 rules (8 variables, nsigma by LTM and by MAD, bands per period) + statisticOK over 100000 runs',
      '  evaluate all rules and statuses: 61.2 ms median, 55.0 ms fastest of 7',
      '  compile the rule set: 2.50 ms; decompose one run: 0.40 ms median',
      '  statuses: Good 1, Warning 2, Outlier 3, PhysAcc 0, Bad 0, Null 4',
    ]);
  });
});
