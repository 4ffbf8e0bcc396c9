import { describe, expect, it } from 'vitest';
import { kindMessages } from '../../../../src/charts/kinds/kind-messages';

describe('kindMessages', () => {
  it('name the chart, what it takes and what it got', () => {
    expect(kindMessages.wrongClauseKind('mip', 'in', ['range'])).toBe('chart "mip" takes "range" filters, not "in"');
    expect(kindMessages.wrongClauseKind('x', 'box', ['range', 'in'])).toBe('chart "x" takes "range" or "in" filters, not "box"');
    expect(kindMessages.wrongColumn('mip', 'a', 'b')).toBe('chart "mip" filters column "b", not "a"');
  });
});
