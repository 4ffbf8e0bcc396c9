import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateViewJson } from '../../../src/view/validate-view';
import { viewMessages } from '../../../src/view/view-messages';

const viewsDir = new URL('../../../views/', import.meta.url);
const shipped = readdirSync(viewsDir).filter((file) => file.endsWith('.json') && file !== 'view.schema.json');
const base = { $schema: './view.schema.json', charts: [{ id: 'h', kind: 'histogram', x: 'v' }] };
const paths = (json: unknown) => validateViewJson(json).map((problem) => problem.path);

describe('validateViewJson (the pre-compiled validator of views/view.schema.json)', () => {
  it.each(shipped)('accepts the shipped view %s', (file) => {
    expect(validateViewJson(JSON.parse(readFileSync(new URL(file, viewsDir), 'utf8')))).toEqual([]);
  });

  it('reports an unknown key at the key, listing the known ones', () => {
    expect(validateViewJson({ ...base, titel: 'x' })).toEqual([
      { kind: 'view-problem', path: '$.titel', message: viewMessages.unknownKey(['$schema', 'title', 'description', 'charts', 'aliases', 'rules', 'statisticOK', 'reference', 'table', 'layouts', 'referenceRun']), hint: 'remove it, or fix its spelling' },
    ]);
    expect(paths({ ...base, charts: [{ id: 'h', kind: 'histogram', x: 'v', bin: 4 }] })).toEqual(['$.charts[0].bin']);
  });

  it('reports wrong types, values out of range and bad ids at their paths', () => {
    expect(validateViewJson({ ...base, charts: [{ id: 'h', kind: 'histogram', x: 3 }] })[0]).toMatchObject({ path: '$.charts[0].x', message: viewMessages.wrongType('string') });
    expect(validateViewJson({ ...base, charts: [{ id: 'h', kind: 'histogram', x: 'v', bins: 0 }] })[0]).toMatchObject({ path: '$.charts[0].bins', message: viewMessages.atLeast(1) });
    expect(validateViewJson({ ...base, charts: [{ id: 'h', kind: 'histogram', x: 'v', bins: 2.5 }] })[0]).toMatchObject({ path: '$.charts[0].bins', message: viewMessages.wrongType('integer') });
    expect(paths({ ...base, charts: [{ id: '9x', kind: 'row', x: 'p' }] })).toEqual(['$.charts[0].id']);
    expect(validateViewJson({ ...base, charts: [{ id: 't', kind: 'trend', x: 'date', y: 'v' }] })[0]).toMatchObject({ path: '$.charts[0].x', message: viewMessages.oneOf(['run', 'ordinal', 'time']) });
  });

  it('reports an unknown kind once, with the kinds, and a missing required key at that key', () => {
    expect(validateViewJson({ ...base, charts: [{ id: 'p', kind: 'pie', x: 'v' }] })).toEqual([
      expect.objectContaining({ path: '$.charts[0].kind', message: viewMessages.oneOf(['trend', 'histogram', 'row', 'scatter', 'box']) }),
    ]);
    expect(validateViewJson({ ...base, charts: [{ id: 's', kind: 'scatter', x: 'v' }] })).toEqual([expect.objectContaining({ path: '$.charts[0].y', message: viewMessages.missingKey() })]);
    expect(paths({ charts: base.charts })).toEqual(['$.$schema']);
  });

  it('caps the chart count and requires at least one chart', () => {
    const charts = Array.from({ length: 41 }, (_, i) => ({ id: `c${i}`, kind: 'row', x: 'p' }));
    expect(validateViewJson({ ...base, charts })).toEqual([expect.objectContaining({ path: '$.charts', message: viewMessages.tooManyItems(41, 40) })]);
    expect(validateViewJson({ ...base, charts: [] })).toEqual([expect.objectContaining({ path: '$.charts', message: viewMessages.tooFewItems(1) })]);
  });

  it('reports every problem of a file, not the first', () => {
    const json = { ...base, titel: 1, charts: [{ id: 'a', kind: 'histogram', x: 'v', bins: 0 }, { id: 'b', kind: 'row' }, { id: 'c', kind: 'trend', y: 3 }] };
    expect(paths(json)).toEqual(['$.titel', '$.charts[0].bins', '$.charts[1].x', '$.charts[2].y']);
  });
});
