import { DEFAULT_ROBUST_K } from '../../../src/stats/robust-range';
import { describe, expect, it } from 'vitest';
import { normaliseView, UNTITLED_VIEW } from '../../../src/view/normalise-view';

describe('normaliseView', () => {
  it('fills the title, description and each chart’s defaults by its kind', () => {
    const view = normaliseView({
      $schema: './view.schema.json',
      charts: [
        { id: 'mip', kind: 'trend', y: 'tpc.meanMIP' },
        { id: 'ncl', kind: 'histogram', x: 'tpc.meanTPCncl' },
        { id: 'period', kind: 'row', x: 'rct.period', title: 'Period', order: 'label' },
        { id: 'sc', kind: 'scatter', x: 'a', y: 'b' },
      ],
    });
    expect(view).toEqual({
      title: UNTITLED_VIEW,
      description: '',
      charts: [
        { id: 'mip', kind: 'trend', x: 'run', y: 'tpc.meanMIP', yAxis: { k: 6, scale: 'linear' }, title: 'tpc.meanMIP' },
        { id: 'ncl', kind: 'histogram', x: 'tpc.meanTPCncl', bins: 40, scale: 'linear', robustK: DEFAULT_ROBUST_K, title: 'tpc.meanTPCncl' },
        { id: 'period', kind: 'row', x: 'rct.period', title: 'Period', order: 'label' },
        { id: 'sc', kind: 'scatter', x: 'a', y: 'b', xAxis: { k: 6, scale: 'linear' }, yAxis: { k: 6, scale: 'linear' }, title: 'b vs a' },
      ],
      layouts: [],
      referenceRun: null,
    });
  });
});
