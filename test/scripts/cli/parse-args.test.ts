import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../../scripts/cli/parse-args';

const KNOWN = ['--out', '--runs'];

describe('parseOptions', () => {
  it('reads separate and inline values, splitting at the first = only, the last repeat winning', () => {
    expect(parseOptions(['--out', 'a=b', '--runs=5', '--runs', '6', '--out=x=y'], KNOWN))
      .toEqual({ kind: 'ok', values: new Map([['--out', 'x=y'], ['--runs', '6']]) });
  });

  it('gives an empty map for no arguments', () => {
    expect(parseOptions([], KNOWN)).toEqual({ kind: 'ok', values: new Map() });
  });

  it.each([
    [['--bogus', 'x'], { kind: 'unknown', arg: '--bogus' }],
    [['extra'], { kind: 'unknown', arg: 'extra' }],
    [['--bogus=1'], { kind: 'unknown', arg: '--bogus=1' }],
    [['--out'], { kind: 'missing-value', arg: '--out', option: '--out' }],
    [['--out='], { kind: 'missing-value', arg: '--out=', option: '--out' }],
    [['--out', '--runs', '3'], { kind: 'missing-value', arg: '--out', option: '--out' }],
  ])('refuses %j', (argv, expected) => {
    expect(parseOptions(argv, KNOWN)).toEqual(expected);
  });
});
