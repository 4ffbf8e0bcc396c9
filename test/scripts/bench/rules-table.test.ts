import { describe, expect, it } from 'vitest';
import { catalogFromTable } from '../../../src/expr/column-table';
import { compileRules } from '../../../src/flags/compile-rules';
import { BENCH_VARIABLES, benchRuleSet, benchTable } from '../../../scripts/bench/rules-table';

describe('benchRuleSet', () => {
  it('has 12 rules over the 8 variables, nsigma by both methods, and statisticOK; all compile on benchTable', () => {
    const ruleSet = benchRuleSet();
    expect(ruleSet.rules).toHaveLength(12);
    const variables = new Set(ruleSet.rules.map((r) => /nsigma\(([^)]+)\)/.exec(r.expression)![1]));
    expect([...variables]).toEqual(BENCH_VARIABLES.map(([name]) => name));
    expect(new Set(ruleSet.rules.map((r) => r.method))).toEqual(new Set(['ltm', 'median-mad']));
    const compiled = compileRules(ruleSet, catalogFromTable(benchTable(50)));
    expect(compiled.problems).toEqual([]);
    expect(compiled.statisticOK).toBeDefined();
  });
});

describe('benchTable', () => {
  it('is seeded: the same run count gives the same values', () => {
    const a = benchTable(500);
    const b = benchTable(500);
    expect([...a.numbers.get('tpc.meanMIP')!.values]).toEqual([...b.numbers.get('tpc.meanMIP')!.values]);
  });
  it('has the runs, the 8 variables with about 1.5 % missing, an event count and periods of about 300 runs', () => {
    const t = benchTable(30_000);
    expect(t.size).toBe(30_000);
    for (const [name] of BENCH_VARIABLES) {
      const missing = t.numbers.get(name)!.values.filter(Number.isNaN).length / t.size;
      expect(missing).toBeGreaterThan(0.01);
      expect(missing).toBeLessThan(0.02);
    }
    expect(t.numbers.get('evs.nEventsSelected')!.values.every((v) => v > 0)).toBe(true);
    expect(t.categories.get('rct.period')!.dictionary).toHaveLength(100);
  });
});
