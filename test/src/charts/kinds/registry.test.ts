import { describe, expect, it } from 'vitest';
import { CHART_KIND_NAMES, CHART_KINDS, chartColumns, chartParticipant, checkChartClause, initialClauses, isChartKind, normaliseChart } from '../../../../src/charts/kinds/registry';
import { createCrossfilterModel } from '../../../../src/crossfilter/crossfilter-model';
import { kindTable } from './kind-table';

describe('chart-kind registry', () => {
  it('lists every kind once, each module under its own name', () => {
    expect(CHART_KIND_NAMES).toEqual(['trend', 'histogram', 'row', 'scatter', 'box']);
    for (const name of CHART_KIND_NAMES) expect(CHART_KINDS[name].kind).toBe(name);
    expect(isChartKind('row')).toBe(true);
    expect(isChartKind('pie')).toBe(false);
    expect(isChartKind('toString')).toBe(false);
  });

  it('normaliseChart dispatches on kind (no fall-through: each kind keeps its own keys)', () => {
    expect(normaliseChart({ id: 'h', kind: 'histogram', x: 'v' })).toMatchObject({ kind: 'histogram', bins: 40 });
    expect(normaliseChart({ id: 'r', kind: 'row', x: 'p' })).not.toHaveProperty('y');
  });

  it('chartColumns reads the kind’s column keys from any object, skipping keys that are not non-empty strings', () => {
    expect(chartColumns('scatter', { x: 'a', y: 'b' })).toEqual([
      { key: 'x', name: 'a', readAs: 'numeric' },
      { key: 'y', name: 'b', readAs: 'numeric' },
    ]);
    expect(chartColumns('scatter', { x: 3, y: '' })).toEqual([]);
    expect(chartColumns('row', { x: 'p', y: 'ignored' })).toEqual([{ key: 'x', name: 'p', readAs: 'categorical' }]);
  });

  it('a participant does not apply a clause of a kind that does not fit it (an `in` clause on a histogram)', () => {
    const spec = normaliseChart({ id: 'h', kind: 'histogram', x: 'v' });
    const model = createCrossfilterModel(kindTable(), [chartParticipant(spec)]);
    model.apply([{ chart: 'h', column: 'v', kind: 'in', values: ['1'] }]);
    expect(model.selectedCount()).toBe(5);
    expect(checkChartClause(spec, { chart: 'h', column: 'v', kind: 'in', values: ['1'] })).toBeDefined();
  });

  it('initialClauses collects the charts’ starting filters', () => {
    const charts = [normaliseChart({ id: 'r', kind: 'row', x: 'p', selected: ['A'] }), normaliseChart({ id: 't', kind: 'trend', y: 'v' })];
    expect(initialClauses(charts)).toEqual([{ chart: 'r', column: 'p', kind: 'in', values: ['A'] }]);
  });
});
