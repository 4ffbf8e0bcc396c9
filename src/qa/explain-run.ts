import { NO_DATA, TRUE } from '../expr/logic';
import type { RunDecomposition } from '../flags/decompose-run';
import { formatFinding } from '../flags/format-finding';

/**
 * The alarm decomposition of a run as lines for people: for each rule that
 * fired, `name (level): finding` per deciding sub-condition; for a Null run,
 * the rules without data and a statisticOK that is false or without data; a
 * Good run says so.
 */
export function explainRun(decomposition: RunDecomposition): string[] {
  const line = (name: string, level: string, findings: string[]) => findings.map((f) => `${name} (${level}): ${f}`);
  const fired = decomposition.rules.filter((r) => r.level !== 'statisticOK' && r.result === TRUE);
  if (fired.length) return fired.flatMap((r) => line(r.name, r.level, r.findings.map(formatFinding)));
  if (decomposition.status === 'Good') return [explainTexts.good];
  const missing = decomposition.rules.filter((r) => (r.level === 'statisticOK' ? r.result !== TRUE : r.result === NO_DATA));
  return missing.length ? missing.flatMap((r) => line(r.name, r.level, r.findings.map(formatFinding))) : [explainTexts.noRules];
}

export const explainTexts = {
  good: 'no rule fired and statisticOK holds',
  noRules: 'the view has no rules that could judge this run',
} as const;
