import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../../src/contract/data-contract';
import { formatSummary } from '../../../scripts/pipeline/format-summary';
import { messages } from '../../../scripts/pipeline/messages';
import { summarizeReport } from '../../../scripts/pipeline/summarize-report';

const partial = (run: number): ReportEntry => ({ kind: 'partial-run', run, presentIn: ['a'], missingFrom: ['b'] });
const empty = (source: string): ReportEntry => ({ kind: 'empty-tree', source, file: 'e.root', tree: 'T' });
const report = (entries: ReportEntry[]) => ({ runs: 5, columns: 3, perSource: [{ source: 'a', entries: 6, runs: 5 }], ...summarizeReport(entries) });

describe('formatSummary', () => {
  it('prints totals, per-source counts, each kind with its examples and the pointer', () => {
    expect(formatSummary(report([partial(1), empty('a'), partial(2), empty('b'), empty('a')]))).toEqual([
      'runs: 5, columns: 3',
      '  a: 6 entries, 5 runs',
      'partial-run: 2',
      `  ${messages.reportEntry(partial(1))}`,
      `  ${messages.reportEntry(partial(2))}`,
      'empty-tree: 3',
      `  ${messages.reportSourceCount('a', 2)}`,
      `  ${messages.reportEntry(empty('a'))}`,
      `  ${messages.reportEntry(empty('a'))}`,
      `  ${messages.reportSourceCount('b', 1)}`,
      `  ${messages.reportEntry(empty('b'))}`,
      messages.reportPointer(),
    ]);
  });

  it('shows 20 examples and the count of the rest, whatever the number of findings', () => {
    const lines = formatSummary(report(Array.from({ length: 100_000 }, (_, i) => partial(i))));
    expect(lines.length).toBe(2 + 1 + 20 + 1 + 1);
    expect(lines.slice(2, 4)).toEqual(['partial-run: 100000', `  ${messages.reportEntry(partial(0))}`]);
    expect(lines.at(-2)).toBe(`  ${messages.reportMore(99_980)}`);
  });

  it('says there is nothing to report for a clean build', () => {
    expect(formatSummary({ runs: 0, columns: 1, perSource: [], counts: [], examples: [] })).toEqual(['runs: 0, columns: 1', 'report: nothing to report']);
  });
});
