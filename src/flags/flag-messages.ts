import { FLAG_LEVELS, RULE_METHODS } from './flag-rule';

/** Message texts of flag rules and reference sets (tests compare against these functions). */
export const flagMessages = {
  emptyRuleName: () => 'a rule needs a name',
  duplicateRule: (name: string) => `rule "${name}" is defined more than once; the first definition is used`,
  badLevel: (level: string) => `level "${level}" is not one of ${FLAG_LEVELS.join(', ')}`,
  badMethod: (method: string) => `method "${method}" is not one of ${RULE_METHODS.join(', ')}`,
  badFraction: (fraction: number) => `fraction ${fraction} must be a number from 0.5 to 1 (0.8 keeps the tightest 80 % of the runs)`,
  notCondition: () => 'a rule must be a condition (true/false), e.g. abs(nsigma(tpc.meanMIP)) > 6',
  statisticNotCondition: () => 'statisticOK must be a condition (true/false), e.g. evs.nEventsSelected > 1000',
  // reference sets
  noRunColumn: () => 'the table has no "run" column: a run-list reference needs it',
  referenceColumn: (name: string) => `reference column "${name}" is not a loaded text column`,
  maskLength: (got: number, size: number) => `the reference mask has ${got} entries for ${size} runs`,
  unknownRuns: (name: string, runs: readonly number[]) =>
    `run list "${name}": ${runs.length} run${runs.length === 1 ? '' : 's'} not in the data (${runs.slice(0, 5).join(', ')}${runs.length > 5 ? ', …' : ''})`,
  unknownCategory: (column: string, value: string, near: readonly string[]) =>
    `no run has ${column} == "${value}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}; the reference set is empty`,
  // decomposition
  finding: (label: string, value: string, op: string, threshold: string) => `${label} = ${value} ${op} ${threshold}`,
  inrange: (label: string, value: string, lo: string, hi: string, inside: boolean) => `${label} = ${value} ${inside ? 'inside' : 'outside'} [${lo}, ${hi}]`,
  isnan: (label: string, missing: boolean) => `${label} ${missing ? 'is missing' : 'is present'}`,
  noData: (text: string) => `${text}: no data`,
} as const;
