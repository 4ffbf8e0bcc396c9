import { describe, expect, it } from 'vitest';
import { catalogFromTable } from '../../../src/expr/column-table';
import { exprMessages } from '../../../src/expr/expr-messages';
import { compileRules } from '../../../src/flags/compile-rules';
import { flagMessages as msg } from '../../../src/flags/flag-messages';
import type { FlagRule } from '../../../src/flags/flag-rule';
import { flagTable } from './flag-table';

const catalog = catalogFromTable(flagTable());
const rule = (over: Partial<FlagRule>): FlagRule => ({ name: 'r', level: 'Warning', expression: 'abs(nsigma(tpc.meanMIP)) > 3', ...over });

describe('compileRules', () => {
  it('compiles rules and statisticOK, resolves each rule\'s method and lists the columns to read once', () => {
    const c = compileRules({
      rules: [rule({ name: 'w', method: 'ltm' }), rule({ name: 'o', expression: 'abs(nsigma(tpc.meanMIP)) > 6', level: 'Outlier', method: 'ltm', fraction: 0.9 }), rule({ name: 'm' })],
      statisticOK: 'evs.nEvents > 1000',
    }, catalog);
    expect(c.problems).toEqual([]);
    expect(c.rules.map((r) => [r.rule.name, r.method])).toEqual([['w', { kind: 'ltm', fraction: 0.8 }], ['o', { kind: 'ltm', fraction: 0.9 }], ['m', { kind: 'median-mad' }]]);
    expect(c.statisticOK?.source).toBe('evs.nEvents > 1000');
    expect(c.reads).toEqual([{ name: 'tpc.meanMIP', readAs: 'numeric' }, { name: 'evs.nEvents', readAs: 'numeric' }]);
  });
  it('takes the rule set\'s method and fraction as defaults', () => {
    const c = compileRules({ rules: [rule({}), rule({ name: 'b', method: 'median-mad' })], method: 'ltm', fraction: 0.7 }, catalog);
    expect(c.rules.map((r) => r.method)).toEqual([{ kind: 'ltm', fraction: 0.7 }, { kind: 'median-mad' }]);
  });
  it('reports each bad field by rule and leaves those rules out', () => {
    const c = compileRules({
      rules: [
        rule({ name: '' }),
        rule({ name: 'a' }),
        rule({ name: 'a', expression: 'tpc.meanMIP > 1' }),
        rule({ name: 'lvl', level: 'Medium' as never }),
        rule({ name: 'meth', method: 'mean' as never }),
        rule({ name: 'frac', method: 'ltm', fraction: 0.3 }),
        rule({ name: 'num', expression: 'nsigma(tpc.meanMIP)' }),
        rule({ name: 'typo', expression: 'tpc.meanMIp > 1' }),
      ],
      statisticOK: 'evs.nEvents',
    }, catalog);
    expect(c.problems.map(({ rule: r, field, message }) => [r, field, message])).toEqual([
      ['', 'name', msg.emptyRuleName()],
      ['a', 'name', msg.duplicateRule('a')],
      ['lvl', 'level', msg.badLevel('Medium')],
      ['meth', 'method', msg.badMethod('mean')],
      ['frac', 'fraction', msg.badFraction(0.3)],
      ['num', 'expression', msg.notCondition()],
      ['typo', 'expression', exprMessages.unknownColumn('tpc.meanMIp', ['tpc.meanMIP'])],
      ['statisticOK', 'expression', msg.statisticNotCondition()],
    ]);
    expect(c.problems[6].error).toMatchObject({ kind: 'unknown-column', start: 0, end: 11, source: 'tpc.meanMIp > 1' });
    expect(c.rules.map((r) => r.rule.name)).toEqual(['a']);
    expect(c.statisticOK).toBeUndefined();
  });
});
