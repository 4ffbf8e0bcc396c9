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

describe('messages.reportEntry for the plausibility, sentinel, key and pivot findings', () => {
  it('writes one line per finding naming its source and what it concerns', () => {
    const occurrences = Array.from({ length: 25 }, (_, entry) => ({ file: 't.csv', entry }));
    const lines: [Parameters<typeof messages.reportEntry>[0], string[]][] = [
      [{ kind: 'run-out-of-range', source: 's', run: 0, file: 'a.root', entry: 3, range: [1, 10] }, ['a.root#3', 'run 0', '[1, 10]', 'runRange']],
      [{ kind: 'wrapped-value', source: 's', column: 'n', run: 7, value: 2 ** 32 + 1, detail: messages.wrappedAbove(2 ** 32 + 1) }, ['column n', 'run 7', '2^32 + 1']],
      [{ kind: 'sentinel', source: 's', column: 'x', count: 3, values: [{ value: -999, count: 2 }, { value: -1, count: 1 }] }, ['column x', '3 cells', '-999: 2', '-1: 1']],
      [{ kind: 'float-key', source: 's', file: 'a.root', column: 'run', rootType: 'Double_t', count: 5 }, ['run (Double_t)', '5 floating-point values']],
      [{ kind: 'pivot-skipped-row', source: 's', file: 't.csv', entry: 2, reason: messages.pivotNoValue() }, ['t.csv', 'entry 2', messages.pivotNoValue()]],
      [{ kind: 'pivot-repeated-cell', source: 's', run: 5, name: 'CINT7', occurrences: occurrences.slice(0, 20), kept: 19, occurrenceCount: 25 }, ['run 5', '"CINT7"', '25 times', 't.csv#19 kept', 'and 5 more']],
      [{ kind: 'pivot-ignored-columns', source: 's', columns: ['a', 'b'], count: 2 }, ['2 columns', 'a, b']],
    ];
    for (const [entry, parts] of lines) {
      const line = messages.reportEntry(entry);
      expect(line.startsWith('s: '), line).toBe(true);
      for (const part of parts) expect(line, entry.kind).toContain(part);
    }
  });
});
