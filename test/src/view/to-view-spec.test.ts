import { describe, expect, it } from 'vitest';
import { toViewSpec } from '../../../src/view/to-view-spec';
import { CHART_KEYS, CHART_KINDS, DEFAULT_BINS, VIEW_KEYS } from '../../../src/view/view-spec';
import { viewMessages } from '../../../src/view/view-messages';

describe('toViewSpec', () => {
  it('fills defaults: title from the variable, bins 40, empty description, trend x = run', () => {
    const { view, problems } = toViewSpec({
      charts: [
        { id: 'mip', kind: 'trend', y: 'tpc.meanMIP' },
        { id: 'ncl', kind: 'histogram', x: 'tpc.meanTPCncl' },
        { id: 'period', kind: 'row', x: 'rct.period', title: 'Period' },
        { id: 'sc', kind: 'scatter', x: 'a', y: 'b' },
      ],
    });
    expect(problems).toEqual([]);
    expect(view).toEqual({
      title: 'Untitled view',
      description: '',
      charts: [
        { id: 'mip', kind: 'trend', x: 'run', y: 'tpc.meanMIP', title: 'tpc.meanMIP' },
        { id: 'ncl', kind: 'histogram', x: 'tpc.meanTPCncl', bins: DEFAULT_BINS, title: 'tpc.meanTPCncl' },
        { id: 'period', kind: 'row', x: 'rct.period', title: 'Period' },
        { id: 'sc', kind: 'scatter', x: 'a', y: 'b', title: 'b vs a' },
      ],
    });
    expect(DEFAULT_BINS).toBe(40);
  });

  it('reports every problem with its JSON path and returns no view', () => {
    const { view, problems } = toViewSpec({
      title: 3,
      charts: [
        { id: 'a', kind: 'pie', x: 'x' },
        { id: 'b', kind: 'histogram', bins: 0 },
        { id: '9x', kind: 'row', x: 'rct.period' },
        { id: 'b', kind: 'trend', x: 'time', y: 'v' },
        'nope',
      ],
    });
    expect(view).toBeUndefined();
    expect(problems).toEqual([
      { kind: 'view-problem', path: '$.title', message: viewMessages.notString() },
      { kind: 'view-problem', path: '$.charts[0].kind', message: viewMessages.badKind(CHART_KINDS) },
      { kind: 'view-problem', path: '$.charts[1].x', message: viewMessages.notString() },
      { kind: 'view-problem', path: '$.charts[1].bins', message: viewMessages.badBins() },
      { kind: 'view-problem', path: '$.charts[2].id', message: viewMessages.badId() },
      { kind: 'view-problem', path: '$.charts[3].x', message: viewMessages.badTrendX() },
      { kind: 'view-problem', path: '$.charts[4]', message: viewMessages.notObject() },
    ]);
  });

  it('reports a repeated chart id at the second use, naming the first', () => {
    const { problems } = toViewSpec({ charts: [{ id: 'p', kind: 'row', x: 'a' }, { id: 'p', kind: 'row', x: 'b' }] });
    expect(problems).toEqual([{ kind: 'view-problem', path: '$.charts[1].id', message: viewMessages.duplicateId('p', '$.charts[0]') }]);
  });

  it('rejects a non-object, a missing chart list and an empty one', () => {
    expect(toViewSpec([]).problems).toEqual([{ kind: 'view-problem', path: '$', message: viewMessages.notObject() }]);
    expect(toViewSpec({}).problems).toEqual([{ kind: 'view-problem', path: '$.charts', message: viewMessages.notList() }]);
    expect(toViewSpec({ charts: [] }).problems).toEqual([{ kind: 'view-problem', path: '$.charts', message: viewMessages.emptyList() }]);
  });

  it('keeps valid bins and rejects non-integers', () => {
    expect(toViewSpec({ charts: [{ id: 'h', kind: 'histogram', x: 'v', bins: 12 }] }).view?.charts[0]).toMatchObject({ bins: 12 });
    expect(toViewSpec({ charts: [{ id: 'h', kind: 'histogram', x: 'v', bins: 2.5 }] }).problems[0].path).toBe('$.charts[0].bins');
  });

  it('reports unknown keys (typos) at the top level and per chart kind; $schema is allowed', () => {
    const { problems } = toViewSpec({
      $schema: './view.schema.json',
      titel: 'x',
      charts: [{ id: 'h', kind: 'histogram', x: 'v', bin: 10 }, { id: 'r', kind: 'row', x: 'p', bins: 3 }],
    });
    expect(problems).toEqual([
      { kind: 'view-problem', path: '$.titel', message: viewMessages.unknownKey(VIEW_KEYS) },
      { kind: 'view-problem', path: '$.charts[0].bin', message: viewMessages.unknownKey(CHART_KEYS.histogram) },
      { kind: 'view-problem', path: '$.charts[1].bins', message: viewMessages.unknownKey(CHART_KEYS.row) },
    ]);
  });

  it('names the known keys in the message', () => {
    expect(viewMessages.unknownKey(CHART_KEYS.row)).toBe('is not a known key here (known: id, kind, title, x)');
    expect(CHART_KINDS).toEqual(['trend', 'histogram', 'row', 'scatter']);
  });
});
