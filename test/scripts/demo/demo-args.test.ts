import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from '../../../scripts/demo/demo-args';
import { demoMessages } from '../../../scripts/demo/demo-messages';

describe('parseDemoArgs', () => {
  it('defaults to data/, 3000 runs and seed 2018', () => {
    expect(parseDemoArgs([])).toEqual({ kind: 'ok', args: { out: 'data', runs: 3000, seed: 2018, qa: 'subset' } });
  });

  it('reads --out, --runs and --seed as separate or inline values', () => {
    expect(parseDemoArgs(['--runs', '100000', '--out', '/tmp/x', '--seed=7'])).toEqual({
      kind: 'ok', args: { out: '/tmp/x', runs: 100000, seed: 7, qa: 'subset' },
    });
  });

  it('reads --qa subset, all or none', () => {
    expect(['subset', 'all', 'none'].map((qa) => parseDemoArgs(['--qa', qa]))).toEqual(
      ['subset', 'all', 'none'].map((qa) => ({ kind: 'ok', args: { out: 'data', runs: 3000, seed: 2018, qa } })),
    );
  });

  it.each([
    [['--bogus'], demoMessages.unknownOption('--bogus')],
    [['--runs'], demoMessages.missingValue('--runs')],
    [['--out='], demoMessages.missingValue('--out')],
    [['--runs', '0'], demoMessages.badRuns('0')],
    [['--runs', '1.5'], demoMessages.badRuns('1.5')],
    [['--runs', '-3'], demoMessages.badRuns('-3')],
    [['--seed', 'abc'], demoMessages.badSeed('abc')],
    [['--seed', '4294967296'], demoMessages.badSeed('4294967296')],
    [['--qa', 'some'], demoMessages.badQa('some')],
  ])('refuses %j with a message naming the problem', (argv, message) => {
    expect(parseDemoArgs(argv)).toEqual({ kind: 'bad-args', message });
  });
});

describe('demoMessages', () => {
  it('formats written sizes with thousands separators', () => {
    expect(demoMessages.wrote('data/x.root', 246763)).toBe('wrote data/x.root (246,763 bytes)');
  });
});
