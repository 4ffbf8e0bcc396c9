import { describe, expect, it } from 'vitest';
import { checkViewText } from '../../../src/view/check-view';
import { checkLayoutHistograms, checkViewLayouts } from '../../../src/view/check-view-layouts';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

const chart = { id: 'a', kind: 'trend', y: 'tpc.meanMIP' };
const pad = (histogram: string, extra: Record<string, unknown> = {}) => ({ histogram, ...extra });
const view = (layouts: unknown[], extra: Record<string, unknown> = {}) => ({ $schema: './view.schema.json', charts: [chart], layouts, ...extra });
const columns = [{ name: 'tpc.meanMIP', table: 'runs_tpc_1', source: 'tpc', sqlType: 'REAL' as const, rootType: 'Float_t', title: '', unit: '', exactInBrowser: true }];

describe('checkViewLayouts', () => {
  it('reports a repeated layout name at its second use, naming the first', () => {
    const json = view([{ name: 'TPC', rows: 1, cols: 1, pads: [pad('a')] }, { name: 'TPC', rows: 1, cols: 1, pads: [pad('b')] }]);
    expect(checkViewLayouts(json)).toEqual([
      { kind: 'view-problem', path: '$.layouts[1].name', message: viewMessages.duplicateLayout('TPC', '$.layouts[0]'), hint: viewHints.uniqueLayout() },
    ]);
  });

  it('reports more pads than rows × cols, and accepts a grid filled exactly or partly', () => {
    const json = view([
      { name: 'full', rows: 1, cols: 2, pads: [pad('a'), pad('b')] },
      { name: 'part', rows: 2, cols: 2, pads: [pad('a')] },
      { name: 'over', rows: 1, cols: 2, pads: [pad('a'), pad('b'), pad('c')] },
    ]);
    expect(checkViewLayouts(json)).toEqual([
      { kind: 'view-problem', path: '$.layouts[2].pads', message: viewMessages.tooManyPads(3, 1, 2), hint: viewHints.growGrid() },
    ]);
  });

  it('finds nothing in a view without layouts or with a malformed list (the schema reports that)', () => {
    expect(checkViewLayouts({ charts: [] })).toEqual([]);
    expect(checkViewLayouts({ layouts: 'x' })).toEqual([]);
    expect(checkViewLayouts({ layouts: [null, 3] })).toEqual([]);
  });
});

describe('checkLayoutHistograms', () => {
  it('reports each pad whose histogram the index lacks, suggesting the closest paths', () => {
    const known = new Set(['TPC/dEdx_vs_p', 'TPC/nclusters']);
    const json = view([{ name: 'TPC', rows: 1, cols: 3, pads: [pad('TPC/nclusters'), pad('TPC/dEdx_vs_P'), pad('ZDC/energy')] }]);
    expect(checkLayoutHistograms(json, known)).toEqual([
      { kind: 'view-problem', path: '$.layouts[0].pads[1].histogram', message: viewMessages.unknownHistogram('TPC/dEdx_vs_P'), hint: viewHints.didYouMean(['TPC/dEdx_vs_p']) },
      { kind: 'view-problem', path: '$.layouts[0].pads[2].histogram', message: viewMessages.unknownHistogram('ZDC/energy'), hint: viewHints.histograms() },
    ]);
  });
});

describe('checkViewText with layouts', () => {
  it('normalises pads (draw "", no log axes, title "") and the reference run', () => {
    const checked = checkViewText(JSON.stringify(view([{ name: 'TPC', rows: 1, cols: 2, pads: [pad('TPC/a', { draw: 'colz', logz: true })] }], { referenceRun: 291582 })), { columns });
    expect(checked.problems).toEqual([]);
    expect(checked.view?.layouts).toEqual([{ name: 'TPC', rows: 1, cols: 2, pads: [{ histogram: 'TPC/a', draw: 'colz', logx: false, logy: false, logz: true, title: '' }] }]);
    expect(checked.view?.referenceRun).toBe(291582);
  });

  it('gives a view without layouts none and no reference run', () => {
    const checked = checkViewText(JSON.stringify({ $schema: './view.schema.json', charts: [chart] }), { columns });
    expect([checked.view?.layouts, checked.view?.referenceRun]).toEqual([[], null]);
  });

  it('checks pad paths only when the data has a histogram index', () => {
    const text = JSON.stringify(view([{ name: 'TPC', rows: 1, cols: 1, pads: [pad('TPC/missing')] }]));
    expect(checkViewText(text, { columns }).problems).toEqual([]);
    expect(checkViewText(text, { columns, histogramPaths: new Set(['TPC/other']) }).problems.map((p) => p.path)).toEqual(['$.layouts[0].pads[0].histogram']);
  });

  it('refuses a draw option with characters jsroot options never have, and a grid beyond 6 × 6, by the schema', () => {
    const text = JSON.stringify(view([{ name: 'TPC', rows: 7, cols: 1, pads: [pad('TPC/a', { draw: 'colz<script>' })] }]));
    expect(checkViewText(text, { columns }).problems.map((p) => p.path)).toEqual(['$.layouts[0].pads[0].draw', '$.layouts[0].rows']);
  });
});
