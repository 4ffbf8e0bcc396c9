import { catalogFromTable } from '../../src/expr/column-table';
import { compileRules } from '../../src/flags/compile-rules';
import { decomposeRun } from '../../src/flags/decompose-run';
import { evaluateRules } from '../../src/flags/evaluate-rules';
import type { Status } from '../../src/flags/flag-rule';
import { resolveReference, type ReferenceSpec } from '../../src/flags/reference-set';
import { median } from './median';
import { benchRuleSet, benchTable } from './rules-table';

export interface RulesFigures {
  runs: number;
  rules: number;
  repeats: number;
  /** Compile the rule set (parse + type check), once. */
  compileMs: number;
  /** Evaluate every rule and the statuses over all runs: median and fastest of `repeats` (each with a cold band cache). */
  evaluateMs: number;
  evaluateMinMs: number;
  /** Decompose one run (traced re-evaluation of every rule for that row), median over 20 runs. */
  decomposeMs: number;
  counts: Record<Status, number>;
}

/**
 * Times the rule engine on a generated table: compile, evaluate (all rules,
 * all runs, bands per period), and one run's decomposition. Measures only;
 * the caller prints. `now` is the clock (performance.now in the bench).
 */
export function timeRules(options: { runs: number; repeats?: number; reference?: ReferenceSpec; now: () => number }): RulesFigures {
  const { runs, now } = options;
  const repeats = options.repeats ?? 7;
  const table = benchTable(runs);
  const ruleSet = benchRuleSet();
  let t = now();
  const compiled = compileRules(ruleSet, catalogFromTable(table));
  const compileMs = now() - t;
  if (compiled.problems.length > 0) throw new Error(`bench rules do not compile: ${compiled.problems[0].message}`);
  const resolved = resolveReference(options.reference ?? { kind: 'all', groupBy: 'rct.period' }, table);
  if (!resolved.ok) throw new Error(resolved.problems[0].message);
  const times: number[] = [];
  let evaluation = evaluateRules(compiled, table, resolved.reference); // warm-up
  for (let k = 0; k < repeats; k++) {
    t = now();
    evaluation = evaluateRules(compiled, table, resolved.reference);
    times.push(now() - t);
  }
  const decompose: number[] = [];
  for (let k = 0; k < 20; k++) {
    const row = Math.floor(((k + 0.5) / 20) * runs);
    t = now();
    decomposeRun(compiled, evaluation, table, row);
    decompose.push(now() - t);
  }
  return {
    runs, rules: compiled.rules.length, repeats, compileMs, evaluateMs: median(times), evaluateMinMs: Math.min(...times), decomposeMs: median(decompose), counts: evaluation.counts,
  };
}

/** The figures as the bench prints them. */
export function formatRulesFigures(f: RulesFigures): string[] {
  const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
  return [
    `rules: ${f.rules} rules (8 variables, nsigma by LTM and by MAD, bands per period) + statisticOK over ${f.runs} runs`,
    `  evaluate all rules and statuses: ${ms(f.evaluateMs)} median, ${ms(f.evaluateMinMs)} fastest of ${f.repeats}`,
    `  compile the rule set: ${ms(f.compileMs)}; decompose one run: ${ms(f.decomposeMs)} median`,
    `  statuses: ${Object.entries(f.counts).map(([s, n]) => `${s} ${n}`).join(', ')}`,
  ];
}
