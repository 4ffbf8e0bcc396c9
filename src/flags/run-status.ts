import { FALSE, NO_DATA, TRUE } from '../expr/logic';
import { FLAG_LEVELS, NULL_REASON, STATUS_CODE, type FlagLevel } from './flag-rule';

/** One rule's result per run (logic codes) and its level. */
export interface RuleOutcome {
  level: FlagLevel;
  fired: Uint8Array;
}

/**
 * Each run's status:
 *  1. the most severe level among the rules that fired (true) for it, even
 *     where other rules have no data or statisticOK fails: a definite alarm
 *     is shown;
 *  2. otherwise Good, when every rule is definitely false and statisticOK
 *     (if given) is true;
 *  3. otherwise Null, with `nullReason` bits saying why: a rule had no data,
 *     statisticOK was false, or statisticOK had no data.
 * Returns status codes (STATUS_CODE) and reasons, one per run.
 */
export function runStatus(outcomes: readonly RuleOutcome[], statisticOK: Uint8Array | undefined, size: number): { status: Uint8Array; nullReason: Uint8Array } {
  const worst = new Int8Array(size).fill(-1);
  const noData = new Uint8Array(size);
  for (const { level, fired } of outcomes) {
    const severity = FLAG_LEVELS.indexOf(level);
    for (let i = 0; i < size; i++) {
      const v = fired[i];
      if (v === TRUE) {
        if (severity > worst[i]) worst[i] = severity;
      } else if (v === NO_DATA) noData[i] = 1;
    }
  }
  const status = new Uint8Array(size);
  const nullReason = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    if (worst[i] >= 0) {
      status[i] = STATUS_CODE[FLAG_LEVELS[worst[i]]];
      continue;
    }
    const ok = statisticOK ? statisticOK[i] : TRUE;
    const reason = (noData[i] ? NULL_REASON.ruleNoData : 0) | (ok === FALSE ? NULL_REASON.statisticFalse : 0) | (ok === NO_DATA ? NULL_REASON.statisticNoData : 0);
    status[i] = reason === 0 ? STATUS_CODE.Good : STATUS_CODE.Null;
    nullReason[i] = reason;
  }
  return { status, nullReason };
}
