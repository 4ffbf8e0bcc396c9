import path from 'node:path';
import type { CaseFacts } from './fuzz-case';

/** The three acceptable outcomes of a damaged copy's build. */
export const GOOD_OUTCOMES = ['refused', 'same values', 'flagged unverified'] as const;
export type GoodOutcome = (typeof GOOD_OUTCOMES)[number];

/** What a case came to: an acceptable outcome, or a failure with why. */
export type Outcome = { ok: true; outcome: GoodOutcome } | { ok: false; failure: string; detail: string };

/**
 * Judges one build of a damaged copy of `file` (ROOT-FORMAT damage cannot
 * always be detected, so three outcomes are acceptable): refused (exit 1, the
 * error naming the file and, for the reader's errors, the object; outputs
 * untouched), or built (exit 0) with values equal to the undamaged file's
 * build, or built with an unverified-integrity report for the source.
 * Anything else fails, as does any console output or lost rejection.
 */
export function classifyCase(facts: CaseFacts, file: string): Outcome {
  const fail = (failure: string, detail: string): Outcome => ({ ok: false, failure, detail });
  const said = facts.errorLines.join(' | ').slice(0, 400);
  if (facts.noise.length > 0) return fail('console output', facts.noise.slice(0, 3).join(' | ').slice(0, 400));
  if (facts.exitCode === 1) {
    if (!facts.outputsKept) return fail('outputs replaced by a failed build', said);
    if (!said.includes(path.basename(file))) return fail('error does not name the file', said);
    if (facts.readError && facts.readError.object === '') return fail('error does not name the object', said);
    return { ok: true, outcome: 'refused' };
  }
  if (facts.exitCode !== 0) return fail(`exit code ${facts.exitCode}`, said);
  if (facts.sameAsClean) return { ok: true, outcome: 'same values' };
  if (facts.unverifiedReported) return { ok: true, outcome: 'flagged unverified' };
  return fail('values changed without an unverified-integrity report', '');
}
