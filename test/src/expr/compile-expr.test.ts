import { describe, expect, it } from 'vitest';
import { compileExpr } from '../../../src/expr/compile-expr';
import { exprMessages as msg } from '../../../src/expr/expr-messages';
import { arityText, FUNCTIONS } from '../../../src/expr/functions';

const catalog = {
  columns: new Map<string, 'number' | 'text'>([
    ['tpc.meanMIP', 'number'], ['tpc.meanMIPele', 'number'], ['tpc.dcar[0]', 'number'], ['evs.nEvents', 'number'], ['rct.period', 'text'], ['rct.beamType', 'text'],
  ]),
  aliases: new Map<string, 'number' | 'boolean'>([['mipRatio', 'number'], ['lowStat', 'boolean']]),
};

function compiled(source: string) {
  const result = compileExpr(source, catalog);
  if (!result.ok) throw new Error(`${source}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.compiled;
}

function errors(source: string) {
  const result = compileExpr(source, catalog);
  if (result.ok) throw new Error(`compiled: ${source}`);
  return result.errors.map(({ kind, message, start, end, suggestions }) => ({ kind, message, start, end, ...(suggestions ? { suggestions } : {}) }));
}

describe('compileExpr: result types and reads', () => {
  it.each([
    ['tpc.meanMIP * 2', 'number'],
    ['abs(nsigma(tpc.meanMIP)) > 6', 'boolean'],
    ['rct.period == "LHC18b"', 'boolean'],
    ['"LHC18b" != rct.period', 'boolean'],
    ['isnan(tpc.meanMIP) || lowStat', 'boolean'],
    ['lowStat ? 0 : mipRatio', 'number'],
    ['tpc.meanMIP > 1 ? lowStat : !lowStat', 'boolean'],
    ['inrange(tpc.meanMIP, 30, 70)', 'boolean'],
    ['min(1, 2, tpc.meanMIP, -3)', 'number'],
  ])('%s is a %s', (source, type) => {
    expect(compiled(source).type).toBe(type);
  });

  it('lists the data columns to read, once each and how, and the aliases used', () => {
    const c = compiled('rct.period == "LHC18b" && nsigma(tpc.meanMIP / tpc.meanMIPele) > 3 && tpc.meanMIP > 0 && mipRatio > 1 && !lowStat');
    expect(c.reads).toEqual([
      { name: 'rct.period', readAs: 'categorical' }, { name: 'tpc.meanMIP', readAs: 'numeric' }, { name: 'tpc.meanMIPele', readAs: 'numeric' },
    ]);
    expect(c.aliases).toEqual(['mipRatio', 'lowStat']);
    expect(c.usesReference).toBe(true);
    expect(compiled('tpc.meanMIP > 1').usesReference).toBe(false);
  });

  it('keys a band helper by the canonical text of its argument (spaces and outer parentheses do not matter)', () => {
    const a = compiled('nsigma( (tpc.meanMIP/tpc.meanMIPele) )').plan;
    const b = compiled('nsigma(tpc.meanMIP / tpc.meanMIPele)').plan;
    expect(a.op === 'band' && a.key).toBe('tpc.meanMIP / tpc.meanMIPele');
    expect(b.op === 'band' && b.key).toBe('tpc.meanMIP / tpc.meanMIPele');
  });
});

describe('compileExpr: unknown names', () => {
  it('reports an unknown column at its offsets with the closest names', () => {
    const near = ['tpc.meanMIP', 'tpc.meanMIPele'];
    expect(errors('tpc.meanMIp > 3')).toEqual([{ kind: 'unknown-column', message: msg.unknownColumn('tpc.meanMIp', near), start: 0, end: 11, suggestions: near }]);
  });
  it('suggests the column with the source prefix that was left out', () => {
    expect(errors('meanMIP > 3')[0].suggestions).toEqual(['tpc.meanMIP']);
  });
  it('suggests aliases too, and nothing when nothing is close', () => {
    expect(errors('mipRatoi > 1')[0].suggestions).toEqual(['mipRatio']);
    expect(errors('zzzzzz > 1')[0]).toMatchObject({ message: msg.unknownColumn('zzzzzz', []) });
  });
  it('reports every unknown column, not only the first', () => {
    expect(errors('aa > 1 && bb < 2').map((e) => [e.kind, e.start, e.end])).toEqual([['unknown-column', 0, 2], ['unknown-column', 10, 12]]);
  });
  it('reports an unknown function at its name with the closest function names, and still checks its arguments', () => {
    expect(errors('nsigm(tpc.meanMIPx) > 3')).toEqual([
      { kind: 'unknown-column', message: msg.unknownColumn('tpc.meanMIPx', ['tpc.meanMIP', 'tpc.meanMIPele']), start: 6, end: 18, suggestions: ['tpc.meanMIP', 'tpc.meanMIPele'] },
      { kind: 'unknown-function', message: msg.unknownFunction('nsigm', ['nsigma']), start: 0, end: 5, suggestions: ['nsigma'] },
    ]);
  });
  it('a dotted name before "(" is an unknown function', () => {
    expect(errors('tpc.meanMIP(2)')[0]).toMatchObject({ kind: 'unknown-function', start: 0, end: 11 });
  });
});

describe('compileExpr: arity', () => {
  it.each([
    ['abs()', 'abs', 0, 0, 5],
    ['abs(tpc.meanMIP, 2)', 'abs', 2, 0, 19],
    ['pow(2)', 'pow', 1, 0, 6],
    ['min(1)', 'min', 1, 0, 6],
    ['1 + inrange(tpc.meanMIP, 1) ', 'inrange', 2, 4, 27],
    ['nsigma(tpc.meanMIP, 3) > 1', 'nsigma', 2, 0, 22],
  ])('%s: %s with %i arguments at [%i, %i)', (source, name, got, start, end) => {
    expect(errors(source)[0]).toEqual({ kind: 'arity', message: msg.arity(name, arityText(FUNCTIONS[name as keyof typeof FUNCTIONS]), got), start, end });
  });
  it('describes arities in words', () => {
    expect(arityText(FUNCTIONS.abs)).toBe('1 argument (x)');
    expect(arityText(FUNCTIONS.pow)).toBe('2 arguments (x, y)');
    expect(arityText(FUNCTIONS.max)).toBe('2 or more arguments (a, b, …)');
  });
});

describe('compileExpr: type errors, at the offending operand', () => {
  it.each([
    ['tpc.meanMIP && 1', msg.needsCondition('"&&"', 'tpc.meanMIP'), 0, 11],
    ['!tpc.meanMIP', msg.needsCondition('"!"', 'tpc.meanMIP'), 1, 12],
    ['tpc.meanMIP ? 1 : 2', msg.needsCondition('"?:"', 'tpc.meanMIP'), 0, 11],
    ['-(tpc.meanMIP > 1)', msg.needsNumber('"-"', '(tpc.meanMIP > 1)'), 1, 18],
    ['(tpc.meanMIP > 1) + 1', msg.needsNumber('"+"', '(tpc.meanMIP > 1)'), 0, 17],
    ['abs(lowStat)', msg.needsNumber('abs()', 'lowStat'), 4, 11],
    ['rct.period + 1', msg.textOutsideComparison('rct.period'), 0, 10],
    ['rct.period > "a"', msg.textOrdering('">"'), 0, 16],
    ['rct.period == 3', msg.textOutsideComparison('rct.period'), 0, 10],
    ['tpc.meanMIP == "LHC18b"', msg.numberWithString('tpc.meanMIP'), 0, 11],
    ['"a" == "b"', msg.stringOutsideComparison(), 0, 3],
    ['"a" + 1', msg.stringOutsideComparison(), 0, 3],
    ['rct.period == rct.beamType', msg.textWithText(), 0, 26],
    ['rct.period == lowStat', msg.conditionEquality('"=="'), 14, 21],
    ['lowStat == (tpc.meanMIP > 1)', msg.conditionEquality('"=="'), 0, 28],
    ['1 < tpc.meanMIP < 3', msg.chainedComparison(), 0, 19],
    ['lowStat ? 1 : lowStat', msg.branchTypes(), 10, 21],
    ['lowStat ? rct.period : 1', msg.textOutsideComparison('rct.period'), 10, 20],
    ['rct.period', msg.notAValue(), 0, 10],
    ['"LHC18b"', msg.notAValue(), 0, 8],
  ])('%s', (source, message, start, end) => {
    expect(errors(source)[0]).toEqual({ kind: 'type', message, start, end });
  });
  it('reports no cascade of errors above a failed operand', () => {
    expect(errors('(nope > 1) + 2 > 3 && lowStat')).toHaveLength(1);
  });
  it('reports a syntax error alone', () => {
    expect(errors('tpc.meanMIP >')).toMatchObject([{ kind: 'syntax' }]);
  });
});
