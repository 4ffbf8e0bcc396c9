import { describe, expect, it } from 'vitest';
import { checkTrendAxes } from '../../../src/view/check-trend-axes';
import { checkViewText, problemLine } from '../../../src/view/check-view';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

describe('checkTrendAxes', () => {
  it('reports a trend opening on time without a time column at its x, and nothing else', () => {
    const json = {
      charts: [
        { id: 'ok-run', kind: 'trend', y: 'v' },
        { id: 'no-time', kind: 'trend', x: 'time', y: 'v', timeEnd: 'e' },
        { id: 'timed', kind: 'trend', x: 'time', y: 'v', time: 's' },
        { id: 'hist', kind: 'histogram', x: 'time' },
        { kind: 'trend', x: 'time', y: 'v' },
      ],
    };
    expect(checkTrendAxes(json)).toEqual([
      { kind: 'view-problem', path: '$.charts[1].x', message: viewMessages.timeAxisWithoutTime('no-time'), hint: viewHints.timeColumn() },
      { kind: 'view-problem', path: '$.charts[4].x', message: viewMessages.timeAxisWithoutTime('#4'), hint: viewHints.timeColumn() },
    ]);
    expect(checkTrendAxes(null)).toEqual([]);
  });

  it('is part of the one view check: such a view gives no view, with or without data', () => {
    const text = JSON.stringify({ $schema: './view.schema.json', charts: [{ id: 'a', kind: 'trend', y: 'v' }, { id: 't', kind: 'trend', x: 'time', y: 'v' }] });
    const checked = checkViewText(text);
    expect(checked.view).toBeUndefined();
    expect(checked.problems.map(problemLine)).toEqual([`$.charts[1].x: ${viewMessages.timeAxisWithoutTime('t')} — ${viewHints.timeColumn()}`]);
    expect(viewMessages.timeAxisWithoutTime('t')).toContain('"t"');
  });
});
