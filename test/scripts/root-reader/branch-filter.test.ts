import { describe, expect, it } from 'vitest';
import { isBranchSelected, matchesGlob } from '../../../scripts/root-reader/branch-filter.js';

describe('matchesGlob', () => {
  it('matches names exactly, * as any run and ? as one character', () => {
    expect(matchesGlob('meanMIP', 'meanMIP')).toBe(true);
    expect(matchesGlob('meanMIPele', 'meanMIP')).toBe(false);
    expect(matchesGlob('meanMIPele', 'mean*')).toBe(true);
    expect(matchesGlob('px1', 'p?1')).toBe(true);
    expect(matchesGlob('px12', 'p?1')).toBe(false);
    expect(matchesGlob('', '*')).toBe(true);
  });

  it('treats regular-expression characters in patterns literally', () => {
    expect(matchesGlob('a.b', 'a.b')).toBe(true);
    expect(matchesGlob('axb', 'a.b')).toBe(false);
    expect(matchesGlob('x[0]', 'x[0]')).toBe(true);
    expect(matchesGlob('x0', 'x[0]')).toBe(false);
  });
});

describe('isBranchSelected', () => {
  it('keeps every branch without include, drops excluded ones', () => {
    expect(isBranchSelected('run', {})).toBe(true);
    expect(isBranchSelected('run', { exclude: ['r*'] })).toBe(false);
  });

  it('keeps only included branches, and exclude wins over include', () => {
    expect(isBranchSelected('vertX', { include: ['vert?'] })).toBe(true);
    expect(isBranchSelected('dcar', { include: ['vert?'] })).toBe(false);
    expect(isBranchSelected('vertX', { include: ['vert*'], exclude: ['vertX'] })).toBe(false);
    expect(isBranchSelected('run', { include: [] })).toBe(false);
  });
});
