import { describe, expect, it } from 'vitest';
import { planRuns } from '../../../scripts/histograms/plan-runs';
import { toRunPattern } from '../../../scripts/histograms/run-pattern';

const pattern = toRunPattern('(\\d+)\\.root$');

describe('planRuns', () => {
  it('orders runs by number and reports names without a run', () => {
    const { runs, report } = planRuns(['qa/300.root', 'qa/20.root', 'qa/notes.root'], pattern);
    expect(runs).toEqual([{ run: 20, name: 'qa/20.root' }, { run: 300, name: 'qa/300.root' }]);
    expect(report).toEqual([{ kind: 'no-run-number', file: 'qa/notes.root', object: '', runPattern: '(\\d+)\\.root$' }]);
  });

  it('keeps the last name in sorted order when two give the same run, and reports the repeat', () => {
    const { runs, report } = planRuns(['b/020.root', 'a/20.root'], pattern);
    expect(runs).toEqual([{ run: 20, name: 'b/020.root' }]);
    expect(report).toEqual([{ kind: 'repeated-run', run: 20, files: ['a/20.root', 'b/020.root'], kept: 'b/020.root' }]);
  });

  it('names directories inside their file', () => {
    const dirs = toRunPattern('^run(\\d+)$');
    const { runs, report } = planRuns(['run5', 'summary', 'run05'], dirs, 'all.root');
    expect(runs).toEqual([{ run: 5, name: 'run5' }]);
    expect(report).toEqual([
      { kind: 'no-run-number', file: 'all.root', object: 'summary', runPattern: '^run(\\d+)$' },
      { kind: 'repeated-run', run: 5, files: ['all.root:run05', 'all.root:run5'], kept: 'all.root:run5' },
    ]);
  });
});
