import { describe, expect, it } from 'vitest';
import { catalogFromTable } from '../../../src/expr/column-table';
import { NO_DATA, TRUE, FALSE } from '../../../src/expr/logic';
import { allRows } from '../../../src/expr/reference';
import { compileRules } from '../../../src/flags/compile-rules';
import { decomposeRun } from '../../../src/flags/decompose-run';
import { evaluateRules } from '../../../src/flags/evaluate-rules';
import type { RuleSet } from '../../../src/flags/flag-rule';
import { plainMad, plainMedian } from '../stats/reference-stats';
import { flagTable, MIP } from './flag-table';

function decompose(ruleSet: RuleSet, row: number) {
  const table = flagTable();
  const compiled = compileRules(ruleSet, catalogFromTable(table));
  const evaluation = evaluateRules(compiled, table, allRows(table.size));
  return decomposeRun(compiled, evaluation, table, row);
}

const centre = plainMedian(MIP);
const sigma = 1.4826 * plainMad(MIP);

describe('decomposeRun', () => {
  it('names the sub-condition that fired, its operands and its reference band', () => {
    const d = decompose({ rules: [{ name: 'o', level: 'Outlier', expression: 'nsigma(tpc.meanMIP) < -6 || nsigma(tpc.meanMIP) > 6' }] }, 5);
    expect(d.status).toBe('Outlier');
    const nsigma = (58 - centre) / sigma;
    expect(d.rules).toEqual([{
      name: 'o', level: 'Outlier', result: TRUE,
      findings: [{
        text: 'nsigma(tpc.meanMIP) > 6', start: 28, end: 51, result: TRUE, op: '>', margin: nsigma - 6,
        operands: [{ text: 'nsigma(tpc.meanMIP)', value: nsigma, nsigmaOf: { argument: 'tpc.meanMIP', absolute: false } }, { text: '6', value: 6 }],
        bands: [{ argument: 'tpc.meanMIP', nsigma, centre, sigma, n: 7, group: '' }],
      }],
    }]);
  });
  it('for && that fired, every operand; for a false ||, every operand; for no data, the no-data ones', () => {
    const rules: RuleSet = { rules: [
      { name: 'and', level: 'Bad', expression: 'tpc.meanMIP > 55 && evs.nEvents > 100' },
      { name: 'or', level: 'Warning', expression: 'tpc.meanMIP > 70 || evs.nEvents < 10' },
    ] };
    const d = decompose(rules, 5);
    expect(d.rules[0].findings.map((f) => [f.text, f.result])).toEqual([['tpc.meanMIP > 55', TRUE], ['evs.nEvents > 100', TRUE]]);
    expect(d.rules[1].findings.map((f) => [f.text, f.result])).toEqual([['tpc.meanMIP > 70', FALSE], ['evs.nEvents < 10', FALSE]]);
    const missing = decompose(rules, 6); // no MIP
    expect(missing.rules[1].result).toBe(NO_DATA);
    expect(missing.rules[1].findings.map((f) => f.text)).toEqual(['tpc.meanMIP > 70']);
    expect(missing.status).toBe('Null');
  });
  it('a false && names only its false operands; ! and ?: look through to what decided', () => {
    const d = decompose({ rules: [
      { name: 'and', level: 'Bad', expression: 'tpc.meanMIP > 55 && evs.nEvents > 100' },
      { name: 'not', level: 'PhysAcc', expression: '!inrange(tpc.meanMIP, 30, 56)' },
      { name: 'choose', level: 'Warning', expression: 'rct.period == "LHC18b" ? tpc.meanMIP > 50.1 : isnan(tpc.meanMIP)' },
    ] }, 1);
    expect(d.rules[0].findings.map((f) => f.text)).toEqual(['tpc.meanMIP > 55']);
    expect(d.rules[1].findings).toMatchObject([{ text: 'inrange(tpc.meanMIP, 30, 56)', op: 'inrange', result: TRUE, operands: [{ value: 50.2 }, { value: 30 }, { value: 56 }] }]);
    expect(d.rules[2].findings.map((f) => [f.text, f.result])).toEqual([['rct.period == "LHC18b"', TRUE], ['tpc.meanMIP > 50.1', TRUE]]);
    expect(d.rules[2].findings[0].operands).toEqual([]);
  });
  it('abs(nsigma(x)) operands say so, and statisticOK is decomposed too', () => {
    const d = decompose({ rules: [{ name: 'w', level: 'Warning', expression: 'abs(nsigma(tpc.meanMIP)) > 3' }], statisticOK: 'evs.nEvents > 1000' }, 2);
    expect(d.rules[0].findings[0].operands[0].nsigmaOf).toEqual({ argument: 'tpc.meanMIP', absolute: true });
    expect(d.rules[1]).toMatchObject({ name: 'statisticOK', level: 'statisticOK', result: FALSE, findings: [{ text: 'evs.nEvents > 1000', margin: 200 - 1000 }] });
    expect(d).toMatchObject({ row: 2, status: 'Null', nullReason: 2 });
  });
});
