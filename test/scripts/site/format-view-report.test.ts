import { describe, expect, it } from 'vitest';
import { formatViewReport, summaryLine } from '../../../scripts/site/format-view-report';
import { viewMessages } from '../../../src/view/view-messages';

const problem = (path: string, hint?: string) => ({ kind: 'view-problem' as const, path, message: `bad ${path}`, ...(hint ? { hint } : {}) });

describe('formatViewReport', () => {
  it('prints each file with problems, every problem with its path, and hints under them', () => {
    const reports = [
      { name: 'a', file: 'views/a.json', title: 'A', problems: [] },
      { name: 'b', file: 'views/b.json', title: 'B', problems: [problem('$.x', 'fix x'), problem('$.y')] },
    ];
    expect(formatViewReport(reports)).toEqual(['views/b.json: 2 problems', '  $.x: bad $.x', '      hint: fix x', '  $.y: bad $.y']);
    expect(summaryLine(reports, 'against m.json')).toBe('check:views: 2 problems in 1 of 2 view files (against m.json)');
    expect(summaryLine([reports[0]], 'against m.json')).toBe('check:views: 1 view files OK (against m.json)');
  });

  it('caps a file’s list and counts the rest', () => {
    const reports = [{ name: 'b', file: 'views/b.json', title: 'B', problems: [problem('$.a'), problem('$.b'), problem('$.c')] }];
    expect(formatViewReport(reports, 1)).toEqual(['views/b.json: 3 problems', '  $.a: bad $.a', `  ${viewMessages.moreProblems(2)}`]);
  });
});
