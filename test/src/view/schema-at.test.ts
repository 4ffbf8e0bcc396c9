import { describe, expect, it } from 'vitest';
import viewSchema from '../../../views/view.schema.json';
import { discriminatorValues, schemaAt, type SchemaNode } from '../../../src/view/schema-at';

const schema = viewSchema as SchemaNode;
const data = { charts: [{ kind: 'histogram', x: 'a' }, { kind: 'row', x: 'b' }, { kind: 'pie' }] };

describe('schemaAt', () => {
  it('follows $ref, properties, items and the chart kind chosen by `kind`', () => {
    expect(Object.keys(schemaAt(schema, data, [])!.properties!)).toEqual(['$schema', 'title', 'description', 'charts', 'aliases', 'rules', 'statisticOK', 'reference', 'table', 'layouts', 'referenceRun']);
    expect(Object.keys(schemaAt(schema, data, ['charts', 0])!.properties!)).toContain('bins');
    expect(Object.keys(schemaAt(schema, data, ['charts', 1])!.properties!)).toContain('selected');
  });

  it('gives a property its own description over its type’s', () => {
    expect(schemaAt(schema, data, ['charts', 0, 'x'])!.description).toMatch(/binned along the horizontal axis/);
    expect(schemaAt(schema, data, ['charts', 0, 'x'])!.type).toBe('string');
  });

  it('stops at the union for an unknown kind, and says nothing below an unknown key', () => {
    const union = schemaAt(schema, data, ['charts', 2])!;
    expect(discriminatorValues(schema, union)).toEqual(['trend', 'histogram', 'row', 'scatter', 'box']);
    expect(schemaAt(schema, data, ['nope', 'deeper'])).toBeUndefined();
  });
});
