/**
 * Flag rules as a view declares them, and the statuses they give a run.
 *
 * Levels, least to most severe: Warning (outside centre ± 3σ), Outlier
 * (± 6σ), PhysAcc (outside the absolute physics-acceptance band), Bad.
 * PhysAcc ranks above Outlier because it is absolute: a run outside the
 * acceptance cannot be used for physics whatever its neighbours do, while an
 * Outlier only differs from its reference runs (a narrow band makes a 6σ
 * deviation physically harmless, and a period shifted as a whole is outside
 * acceptance without any outlier). This is also the order of ALICE's status
 * bar (statisticOK, Warning, Outlier, PhysAcc). Bad is for rules that say so
 * outright (a detector off, a failed job).
 */

/** Flag levels in increasing severity: the one record statuses and checks derive from. */
export const FLAG_LEVELS = ['Warning', 'Outlier', 'PhysAcc', 'Bad'] as const;
export type FlagLevel = (typeof FLAG_LEVELS)[number];

/** How a rule's nsigma estimates centre and σ. */
export type RuleMethod = 'median-mad' | 'ltm';
export const RULE_METHODS: readonly RuleMethod[] = ['median-mad', 'ltm'];

export interface FlagRule {
  name: string;
  level: FlagLevel;
  /** A condition; the rule fires where it is true. */
  expression: string;
  description?: string;
  /** nsigma's estimator for this rule; default: the rule set's, else median-mad. */
  method?: RuleMethod;
  /** Kept fraction for 'ltm', in [0.5, 1]; default 0.8. */
  fraction?: number;
}

export interface RuleSet {
  rules: readonly FlagRule[];
  /** A condition that must hold for a run to be Good ("enough entries to judge"). */
  statisticOK?: string;
  /** Default estimator for rules without `method`. */
  method?: RuleMethod;
  fraction?: number;
}

/** Run statuses: Good, the flag levels by severity, then Null (cannot be judged). Codes are indexes. */
export const STATUSES = ['Good', ...FLAG_LEVELS, 'Null'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_CODE: Readonly<Record<Status, number>> = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;

/** Why a run is Null, as bits (several can hold). */
export const NULL_REASON = {
  /** A rule had no data for the run (and none fired). */
  ruleNoData: 1,
  /** statisticOK is false for the run. */
  statisticFalse: 2,
  /** statisticOK has no data for the run. */
  statisticNoData: 4,
} as const;

export function isFlagLevel(value: unknown): value is FlagLevel {
  return typeof value === 'string' && (FLAG_LEVELS as readonly string[]).includes(value);
}
