import { createBandCache, type BandCache, type BandResult } from '../expr/band-cache';
import type { ColumnTable } from '../expr/column-table';
import type { ExprError } from '../expr/expr-error';
import { evaluateExpr } from '../expr/evaluate-expr';
import type { Reference } from '../expr/reference';
import { STATISTIC_OK, type CompiledRule, type CompiledRules, type RuleProblem } from './compile-rules';
import { STATUSES, type FlagLevel, type Status } from './flag-rule';
import { runStatus } from './run-status';

export interface RuleResult {
  name: string;
  level: FlagLevel;
  /** Logic codes per run: true = fired. */
  fired: Uint8Array;
  /** Runs where it fired. */
  count: number;
  /** The reference bands its nsigma calls used. */
  bands: BandResult[];
}

export interface RuleEvaluation {
  size: number;
  rules: RuleResult[];
  /** Logic codes per run, when the rule set has statisticOK. */
  statisticOK?: Uint8Array;
  /** Status code per run (index into STATUSES). */
  status: Uint8Array;
  /** NULL_REASON bits per run (0 unless Null). */
  nullReason: Uint8Array;
  /** Runs per status, every status present (0 when none). */
  counts: Record<Status, number>;
  /** Every distinct reference band, for charts (bandFor finds a variable's). */
  bands: BandResult[];
  /** Evaluation errors (unloaded columns) and warnings (strings no run has), by rule. */
  problems: RuleProblem[];
  /** The bands' cache: pass it to decomposeRun so an expanded run reuses them. */
  cache: BandCache;
  reference: Reference;
}

/**
 * Evaluates every compiled rule and statisticOK over the table, vectorised,
 * against one reference set, then each run's status (runStatus). A rule
 * that cannot be evaluated (a column not loaded) is reported and left out.
 * `cache` may be an earlier evaluation's over the same table and the same
 * reference runs: its sorted samples and bands are reused (a rule edit does
 * not sort every banded variable again).
 */
export function evaluateRules(compiled: CompiledRules, table: ColumnTable, reference: Reference, cache: BandCache = createBandCache()): RuleEvaluation {
  const problems: RuleProblem[] = [];
  const rules: RuleResult[] = [];
  const bands: BandResult[] = [];
  const report = (rule: string, errors: readonly ExprError[]) => problems.push(...errors.map((error) => ({ kind: 'rule' as const, rule, field: 'expression' as const, message: error.message, error })));
  for (const entry of compiled.rules) {
    const result = evaluateCondition(entry, table, reference, cache);
    if (!result.ok) {
      report(entry.rule.name, result.errors);
      continue;
    }
    report(entry.rule.name, result.warnings);
    for (const band of result.bands) if (!bands.includes(band)) bands.push(band);
    let count = 0;
    for (let i = 0; i < table.size; i++) if (result.values[i] === 1) count++;
    rules.push({ name: entry.rule.name, level: entry.rule.level, fired: result.values, count, bands: result.bands });
  }
  let statisticOK: Uint8Array | undefined;
  if (compiled.statisticOK) {
    const result = evaluateExpr(compiled.statisticOK, table, { reference, cache });
    if (!result.ok) report(STATISTIC_OK, result.errors);
    else if (result.type === 'boolean') {
      report(STATISTIC_OK, result.warnings);
      statisticOK = result.values;
    }
  }
  const { status, nullReason } = runStatus(rules, statisticOK, table.size);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (let i = 0; i < table.size; i++) counts[STATUSES[status[i]]]++;
  return { size: table.size, rules, ...(statisticOK ? { statisticOK } : {}), status, nullReason, counts, bands, problems, cache, reference };
}

function evaluateCondition(entry: CompiledRule, table: ColumnTable, reference: Reference, cache: BandCache) {
  const result = evaluateExpr(entry.compiled, table, { reference, method: entry.method, cache });
  if (result.ok && result.type !== 'boolean') throw new Error(`evaluateRules: rule "${entry.rule.name}" is not a condition`); // compileRules guarantees it
  return result as Exclude<typeof result, { type: 'number' }>;
}

/**
 * The band a chart draws for a variable: the first band whose nsigma argument
 * is exactly that column or alias, preferring `method` when given.
 */
export function bandFor(evaluation: Pick<RuleEvaluation, 'bands'>, column: string, method?: BandResult['method']['kind']): BandResult | undefined {
  const matching = evaluation.bands.filter((b) => b.column === column);
  return matching.find((b) => method === undefined || b.method.kind === method) ?? matching[0];
}

/** Centre and σ that apply to one run of a band (its group's; NaN when it has none). */
export function bandAt(band: BandResult, row: number): { centre: number; sigma: number; n: number; label: string } {
  const g = band.groupOf ? band.groupOf[row] : 0;
  if (g < 0) return { centre: NaN, sigma: NaN, n: 0, label: '' };
  const { centre, sigma, n, label } = band.groups[g];
  return { centre, sigma, n, label };
}
