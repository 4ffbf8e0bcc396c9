import { describe, expect, it } from 'vitest';
import { CHART_KIND_NAMES, CHART_KINDS } from '../../../src/charts/kinds/registry';
import { checkViewExpressions } from '../../../src/view/check-view-expressions';

describe('checkViewExpressions', () => {
  it('checks the expression keys the chart kinds declare (none does: the expressions of a view sit in its aliases, rules and statisticOK)', () => {
    expect(CHART_KIND_NAMES.filter((kind) => CHART_KINDS[kind].expressionReads?.length)).toEqual([]);
    expect(checkViewExpressions({ charts: [{ id: 't', kind: 'trend', y: 'not ) an expression' }, 'junk'] })).toEqual([]);
    expect(checkViewExpressions(null)).toEqual([]);
  });
});
