import { describe, expect, it } from 'vitest';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import { NULL_REASON, STATUS_CODE, type FlagLevel } from '../../../src/flags/flag-rule';
import { runStatus } from '../../../src/flags/run-status';

const L = [FALSE, TRUE, NO_DATA];

describe('runStatus', () => {
  it('over every combination of two rules (Warning, Outlier) and statisticOK, as the rules say', () => {
    const warn: number[] = [];
    const out: number[] = [];
    const stat: number[] = [];
    for (const w of L) for (const o of L) for (const s of L) { warn.push(w); out.push(o); stat.push(s); }
    const size = warn.length;
    const { status, nullReason } = runStatus([{ level: 'Warning', fired: Uint8Array.from(warn) }, { level: 'Outlier', fired: Uint8Array.from(out) }], Uint8Array.from(stat), size);
    for (let i = 0; i < size; i++) {
      const expected = out[i] === TRUE ? 'Outlier' : warn[i] === TRUE ? 'Warning'
        : warn[i] === FALSE && out[i] === FALSE && stat[i] === TRUE ? 'Good' : 'Null';
      expect(status[i]).toBe(STATUS_CODE[expected]);
      const reason = expected !== 'Null' ? 0
        : (warn[i] === NO_DATA || out[i] === NO_DATA ? NULL_REASON.ruleNoData : 0) | (stat[i] === FALSE ? NULL_REASON.statisticFalse : 0) | (stat[i] === NO_DATA ? NULL_REASON.statisticNoData : 0);
      expect(nullReason[i]).toBe(reason);
    }
  });
  it('takes the most severe fired level whatever the order of the rules: Bad > PhysAcc > Outlier > Warning', () => {
    const levels: FlagLevel[] = ['Bad', 'Warning', 'PhysAcc', 'Outlier'];
    const fired = (row: number[]) => levels.map((level, k) => ({ level, fired: Uint8Array.from([row[k]]) }));
    expect(runStatus(fired([0, 1, 1, 1]), undefined, 1).status[0]).toBe(STATUS_CODE.PhysAcc);
    expect(runStatus(fired([1, 1, 1, 1]), undefined, 1).status[0]).toBe(STATUS_CODE.Bad);
    expect(runStatus(fired([0, 1, 0, 1]), undefined, 1).status[0]).toBe(STATUS_CODE.Outlier);
    expect(runStatus(fired([2, 1, 2, 2]), undefined, 1).status[0]).toBe(STATUS_CODE.Warning);
  });
  it('without statisticOK and without rules every run is Good', () => {
    expect([...runStatus([], undefined, 3).status]).toEqual([0, 0, 0]);
  });
});
