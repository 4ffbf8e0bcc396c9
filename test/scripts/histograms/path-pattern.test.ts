import { describe, expect, it } from 'vitest';
import { toPathPattern } from '../../../scripts/histograms/path-pattern';

const PATHS = ['hpx', 'TPC/dEdx', 'TPC/DCA/dcaR', 'TPC/DCA/deep/dcaR', 'ITS/dcaR', 'TPCx/a', 'a.b'];
const matching = (pattern: string) => PATHS.filter((p) => toPathPattern(pattern).matches(p));

describe('toPathPattern', () => {
  it('matches an exact path only as a whole, and says it has no wildcard', () => {
    expect(matching('TPC/dEdx')).toEqual(['TPC/dEdx']);
    expect(matching('TPC')).toEqual([]);
    expect(toPathPattern('TPC/dEdx').wildcard).toBe(false);
  });

  it('lets * and ? stay inside one segment', () => {
    expect(matching('TPC/*')).toEqual(['TPC/dEdx']);
    expect(matching('*')).toEqual(['hpx', 'a.b']);
    expect(matching('TPC*/*')).toEqual(['TPC/dEdx', 'TPCx/a']);
    expect(matching('h?x')).toEqual(['hpx']);
    expect(toPathPattern('TPC/*').wildcard).toBe(true);
  });

  it('lets ** cross any number of directories, none included', () => {
    expect(matching('TPC/**')).toEqual(['TPC/dEdx', 'TPC/DCA/dcaR', 'TPC/DCA/deep/dcaR']);
    expect(matching('**/dcaR')).toEqual(['TPC/DCA/dcaR', 'TPC/DCA/deep/dcaR', 'ITS/dcaR']);
    expect(matching('TPC/**/dcaR')).toEqual(['TPC/DCA/dcaR', 'TPC/DCA/deep/dcaR']);
    expect(matching('**')).toEqual(PATHS);
  });

  it('treats regex characters literally and ignores leading or doubled slashes', () => {
    expect(matching('a.b')).toEqual(['a.b']);
    expect(matching('a?b')).toEqual(['a.b']);
    expect(matching('/TPC//dEdx')).toEqual(['TPC/dEdx']);
  });
});
