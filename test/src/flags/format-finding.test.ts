import { describe, expect, it } from 'vitest';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import type { Finding } from '../../../src/flags/decompose-run';
import { formatFinding, formatNumber } from '../../../src/flags/format-finding';

const finding = (over: Partial<Finding>): Finding => ({ text: 't', start: 0, end: 1, result: TRUE, op: '>', operands: [], bands: [], ...over });

describe('formatNumber', () => {
  it('keeps 4 significant digits with a true minus sign', () => {
    expect([formatNumber(-7.2), formatNumber(50.123456), formatNumber(0), formatNumber(-0.05)]).toEqual(['−7.2', '50.12', '0', '−0.05']);
  });
  it('uses exponents for very large and very small values, ∞ and "no data"', () => {
    expect([formatNumber(1234567), formatNumber(0.00012), formatNumber(-200000), formatNumber(Infinity), formatNumber(-Infinity), formatNumber(NaN)])
      .toEqual(['1.23e+6', '1.2e−4', '−2e+5', '∞', '−∞', 'no data']);
  });
});

describe('formatFinding', () => {
  it('an nsigma comparison reads "variable: nsigma = v op threshold"', () => {
    const f = finding({ op: '<', operands: [{ text: 'nsigma(tpc.meanMIP)', value: -7.21, nsigmaOf: { argument: 'tpc.meanMIP', absolute: false } }, { text: '-6', value: -6 }] });
    expect(formatFinding(f)).toBe('tpc.meanMIP: nsigma = −7.21 < −6');
  });
  it('abs(nsigma(x)) reads |nsigma|', () => {
    const f = finding({ operands: [{ text: 'abs(nsigma(x))', value: 7.2, nsigmaOf: { argument: 'x', absolute: true } }, { text: '6', value: 6 }] });
    expect(formatFinding(f)).toBe('x: |nsigma| = 7.2 > 6');
  });
  it('a threshold that is an expression shows its text and value', () => {
    const f = finding({ op: '>=', operands: [{ text: 'a', value: 3 }, { text: '2 * b', value: 2.5 }] });
    expect(formatFinding(f)).toBe('a = 3 >= 2 * b = 2.5');
  });
  it('a false comparison shows the operator that holds', () => {
    const f = finding({ op: '>=', result: FALSE, operands: [{ text: 'evs.nEventsSelected', value: 169000 }, { text: '200000', value: 200000 }] });
    expect(formatFinding(f)).toBe('evs.nEventsSelected = 1.69e+5 < 2e+5');
    expect(formatFinding({ ...f, op: '==' })).toBe('evs.nEventsSelected = 1.69e+5 != 2e+5');
  });
  it('inrange, isnan, no data and other atoms', () => {
    expect(formatFinding(finding({ op: 'inrange', result: FALSE, operands: [{ text: 'm', value: 75 }, { text: '30', value: 30 }, { text: '70', value: 70 }] }))).toBe('m = 75 outside [30, 70]');
    expect(formatFinding(finding({ op: 'isnan', operands: [{ text: 'm', value: NaN }] }))).toBe('m is missing');
    expect(formatFinding(finding({ text: 'm > 3', result: NO_DATA, operands: [{ text: 'm', value: NaN }, { text: '3', value: 3 }] }))).toBe('m > 3: no data');
    expect(formatFinding(finding({ text: 'lowStat', op: 'condition' }))).toBe('lowStat: true');
  });
});
