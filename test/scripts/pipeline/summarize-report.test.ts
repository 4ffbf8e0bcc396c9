import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../../src/contract/data-contract';
import { capEntry, entrySource, summarizeReport } from '../../../scripts/pipeline/summarize-report';

const repeated = (n: number, kept: number): ReportEntry => ({
  kind: 'repeated-run', source: 's', run: 1, occurrences: Array.from({ length: n }, (_, entry) => ({ file: 'a.csv', entry })), kept, differing: [], differingCount: 0,
});

describe('summarizeReport', () => {
  it('counts per kind and source in order of first finding and keeps the first `cap` of each as examples', () => {
    const entries: ReportEntry[] = [
      ...Array.from({ length: 5 }, (_, run): ReportEntry => ({ kind: 'partial-run', run, presentIn: ['a'], missingFrom: ['b'] })),
      { kind: 'empty-tree', source: 'b', file: 'x', tree: 'T' },
      { kind: 'empty-tree', source: 'a', file: 'y', tree: 'T' },
      { kind: 'empty-tree', source: 'b', file: 'z', tree: 'T' },
    ];
    const { counts, examples } = summarizeReport(entries, 2);
    expect(counts).toEqual([{ kind: 'partial-run', source: '', count: 5 }, { kind: 'empty-tree', source: 'b', count: 2 }, { kind: 'empty-tree', source: 'a', count: 1 }]);
    expect(examples).toEqual([entries[0], entries[1], entries[5], entries[6], entries[7]]);
  });

  it('bounds the manifest of a source where every entry repeats one run (a wrong key): one example, 20 occurrences', () => {
    const { counts, examples } = summarizeReport([repeated(1_000_000, 999_999)]);
    expect(counts).toEqual([{ kind: 'repeated-run', source: 's', count: 1 }]);
    expect(JSON.stringify(examples).length).toBeLessThan(2000);
  });
});

describe('capEntry', () => {
  it('keeps a short repeat as it is', () => {
    const e = repeated(3, 2);
    expect(capEntry(e)).toBe(e);
  });

  it('keeps the first occurrences and the kept one, with the total', () => {
    const last = capEntry(repeated(100, 99), 20);
    expect(last.kind === 'repeated-run' && [last.occurrences.map((o) => o.entry), last.kept, last.occurrenceCount]).toEqual([[...Array(19).keys(), 99], 19, 100]);
    const first = capEntry(repeated(100, 0), 20);
    expect(first.kind === 'repeated-run' && [first.occurrences.length, first.kept, first.occurrenceCount]).toEqual([20, 0, 100]);
  });
});

describe('entrySource', () => {
  it('is the source, or empty for a finding of no single source', () => {
    expect([entrySource(repeated(1, 0)), entrySource({ kind: 'partial-run', run: 1, presentIn: [], missingFrom: [] })]).toEqual(['s', '']);
  });
});
