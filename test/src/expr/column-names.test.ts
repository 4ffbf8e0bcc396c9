import { describe, expect, it } from 'vitest';
import { columnNames } from '../../../src/expr/column-names';
import { parse } from '../../../src/expr/parse';

describe('columnNames', () => {
  it('lists column and alias names once, in order of first use, without function names', () => {
    expect(columnNames('abs(nsigma(tpc.meanMIP)) > 3 && (`odd name` > tpc.meanMIP ? x : min(y, x)) > 0 && rct.period == "abs"')).toEqual([
      'tpc.meanMIP', 'odd name', 'x', 'y', 'rct.period',
    ]);
  });
  it('takes a parsed tree too', () => {
    const parsed = parse('-a + !b');
    expect(parsed.ok && columnNames(parsed.ast)).toEqual(['a', 'b']);
  });
  it('gives [] for text that does not parse, and for constants', () => {
    expect(columnNames('a +')).toEqual([]);
    expect(columnNames('1 + 2')).toEqual([]);
  });
});
