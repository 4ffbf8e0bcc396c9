import type { ColumnTable } from '../../src/expr/column-table';
import type { FlagRule, RuleSet } from '../../src/flags/flag-rule';
import { createRng } from '../demo/prng';

/** The eight variables of the rules benchmark: name, level, run-to-run noise. */
export const BENCH_VARIABLES = [
  ['tpc.meanMIP', 50, 0.25], ['tpc.meanTPCncl', 118, 1.2], ['tpc.meanTPCnclF', 0.88, 0.006], ['tpc.resolutionMIP', 0.062, 0.0012],
  ['tpc.meanMIPele', 80, 0.5], ['tpc.tpcItsMatchA', 0.91, 0.005], ['tpc.tpcItsMatchC', 0.9, 0.005], ['tpc.PIDSepPow_comb2', 6.2, 0.15],
] as const;

/**
 * A realistic rule set for timing: 12 rules over the 8 variables, the first
 * four with Warning and Outlier by the ALICE LTM (8 rules), the other four
 * with an Outlier by median and MAD (4 rules), and a statisticOK gate.
 */
export function benchRuleSet(): RuleSet {
  const rules: FlagRule[] = [];
  BENCH_VARIABLES.forEach(([name], k) => {
    if (k < 4) {
      rules.push({ name: `${name}_Warning`, level: 'Warning', expression: `abs(nsigma(${name})) > 3`, method: 'ltm' });
      rules.push({ name: `${name}_Outlier`, level: 'Outlier', expression: `abs(nsigma(${name})) > 6`, method: 'ltm' });
    } else {
      rules.push({ name: `${name}_Outlier`, level: 'Outlier', expression: `nsigma(${name}) < -6 || nsigma(${name}) > 6`, method: 'median-mad' });
    }
  });
  return { rules, statisticOK: 'evs.nEventsSelected >= 200000' };
}

/**
 * `runs` synthetic runs in periods of about 300: each variable at its level
 * plus a period step, normal noise, 1.5 % missing and 3 % moved by 12σ; an
 * event count; the period as a text column. Seeded: same runs, same table.
 */
export function benchTable(runs: number, seed = 2018): ColumnTable {
  const rng = createRng(seed, 'bench-rules');
  const periods = Math.max(1, Math.round(runs / 300));
  const dictionary = Array.from({ length: periods }, (_, p) => `LHC${String(p).padStart(4, '0')}`);
  const codes = new Uint32Array(runs);
  for (let i = 0; i < runs; i++) codes[i] = Math.min(periods - 1, Math.floor((i / runs) * periods));
  const numbers = new Map<string, { values: Float64Array }>();
  numbers.set('run', { values: Float64Array.from({ length: runs }, (_, i) => 200000 + i) });
  for (const [name, level, noise] of BENCH_VARIABLES) {
    const steps = dictionary.map(() => 2 * noise * rng.normal());
    const values = new Float64Array(runs);
    for (let i = 0; i < runs; i++) {
      const moved = rng.chance(0.03) ? 12 * noise * (rng.chance(0.5) ? 1 : -1) : 0;
      values[i] = rng.chance(0.015) ? NaN : level + steps[codes[i]] + noise * rng.normal() + moved;
    }
    numbers.set(name, { values });
  }
  numbers.set('evs.nEventsSelected', { values: Float64Array.from({ length: runs }, () => Math.round(1e6 * Math.exp(rng.normal()))) });
  return { size: runs, numbers, categories: new Map([['rct.period', { codes, dictionary }]]) };
}
