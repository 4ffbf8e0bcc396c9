import { describe, expect, it } from 'vitest';
import type { BuildReport, ReportEntry } from '../../../src/contract/data-contract';
import { formatSummary } from '../../../scripts/pipeline/format-summary';
import { messages } from '../../../scripts/pipeline/messages';

const partial = (run: number): ReportEntry => ({ kind: 'partial-run', run, presentIn: ['a'], missingFrom: ['b'] });
const empty: ReportEntry = { kind: 'empty-tree', source: 'a', file: 'e.root', tree: 'T' };

describe('formatSummary', () => {
  it('prints totals, per-source counts, each kind with its first few entries and the pointer', () => {
    const report: BuildReport = { runs: 5, columns: 3, perSource: [{ source: 'a', entries: 6, runs: 5 }], entries: [partial(1), empty, partial(2), partial(3)] };
    expect(formatSummary(report, 2)).toEqual([
      'runs: 5, columns: 3',
      '  a: 6 entries, 5 runs',
      'partial-run: 3',
      `  ${messages.reportEntry(partial(1))}`,
      `  ${messages.reportEntry(partial(2))}`,
      '  … 1 more',
      'empty-tree: 1',
      `  ${messages.reportEntry(empty)}`,
      messages.reportPointer(),
    ]);
  });

  it('says there is nothing to report for a clean build', () => {
    expect(formatSummary({ runs: 0, columns: 1, perSource: [], entries: [] })).toEqual(['runs: 0, columns: 1', 'report: nothing to report']);
  });
});
