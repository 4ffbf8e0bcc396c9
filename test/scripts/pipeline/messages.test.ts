import { describe, expect, it } from 'vitest';
import { messages } from '../../../scripts/pipeline/messages';

describe('messages.reportEntry', () => {
  it('names the run, the sources and the occurrences of a repeat, shortening long column lists', () => {
    const line = messages.reportEntry({
      kind: 'repeated-run', source: 'evs', run: 7,
      occurrences: [{ file: 'a.root', entry: 0 }, { file: 'b.root', entry: 3 }], kept: 1,
      differing: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'], differingCount: 7,
    });
    expect(line).toBe('evs: run 7 appears 2 times (a.root#0, b.root#3 kept); differing: c1, c2, c3, c4, c5 and 2 more');
  });

  it('gives the counts of an unverified-integrity entry, then its detail', () => {
    expect(messages.reportEntry({ kind: 'unverified-integrity', source: 'tpc', file: 'a.root', baskets: 3, basketsRead: 40, bytes: 1200, bytesRead: 90000, detail: 'No checksum covers…' }))
      .toBe('tpc: a.root: 3 of 40 baskets, 1200 of 90000 data bytes without checksum: No checksum covers…');
  });

  it('says "(none)" for empty lists', () => {
    expect(messages.reportEntry({ kind: 'repeated-run', source: 's', run: 1, occurrences: [], kept: 0, differing: [], differingCount: 0 })).toBe('s: run 1 appears 0 times (); differing: (none)');
  });

  it('keeps a line short for a run repeated a million times across 10,000 differing columns', () => {
    const occurrences = Array.from({ length: 1_000_000 }, (_, entry) => ({ file: 'a.csv', entry }));
    const differing = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const line = messages.reportEntry({ kind: 'repeated-run', source: 's', run: 1, occurrences, kept: 999_999, differing, differingCount: 10_000 });
    expect(line.length).toBeLessThan(600);
    expect(line.endsWith(' and 999980 more); differing: c0, c1, c2, c3, c4 and 9995 more')).toBe(true);
  });

  it('cuts echoed text: an invalid key of 50 MB is shown as its first 200 characters', () => {
    const line = messages.reportEntry({ kind: 'invalid-key', source: 's', file: 'r.csv', entry: 0, value: 'x'.repeat(50_000_000), reason: 'key is not an integer' });
    expect(line.length).toBeLessThan(400);
  });
});

describe('messages.fatal', () => {
  it('adds the hint on its own line only when there is one', () => {
    expect(messages.fatal('broken.', 'fix it.')).toBe('error: broken.\n  hint: fix it.');
    expect(messages.fatal('broken.', '')).toBe('error: broken.');
  });
});

describe('messages.nonFiniteDetail', () => {
  it('lists only the non-zero counts', () => {
    expect(messages.nonFiniteDetail(46, 0, 0)).toBe('46 NaN (stored as missing)');
    expect(messages.nonFiniteDetail(0, 1, 2)).toBe('1 +Inf, 2 -Inf (±Inf stored as REAL ±Inf)');
  });
});
