import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../src/flags/flag-rule';
import { statusClauseValidator } from '../../../src/qa/status-clause-validator';
import { permalinkMessages } from '../../../src/state/permalink-messages';

describe('statusClauseValidator', () => {
  it('returns the status clause a link holds, rebuilt from its known keys', () => {
    expect(statusClauseValidator({ chart: 'status', kind: 'status', values: ['Outlier', 'Bad'], extra: 1 })).toEqual({ chart: 'status', kind: 'status', values: ['Outlier', 'Bad'] });
    expect(statusClauseValidator({ chart: 'status', kind: 'status', values: [] })).toEqual({ chart: 'status', kind: 'status', values: [] });
  });

  it('names the first value that is not a run status, with the statuses there are', () => {
    expect(statusClauseValidator({ chart: 'status', kind: 'status', values: ['Outlier', 'Suspicious', 'Weird'] })).toBe(permalinkMessages.unknownStatus('Suspicious', STATUSES));
    expect(statusClauseValidator({ chart: 'status', kind: 'status', values: ['outlier'] })).toBe(permalinkMessages.unknownStatus('outlier', STATUSES));
  });

  it('calls any other misfit a malformed clause: another kind, values that are not texts, another chart', () => {
    for (const candidate of [
      { chart: 'status', kind: 'in', column: 'status', values: ['Outlier'] },
      { chart: 'status', kind: 'status', values: [1] },
      { chart: 'status', kind: 'status', values: 'Outlier' },
      { chart: 'status', kind: 'status' },
      { chart: 'chips', kind: 'status', values: ['Bad'] },
    ]) expect(statusClauseValidator(candidate)).toBe(permalinkMessages.malformedClause());
  });
});
