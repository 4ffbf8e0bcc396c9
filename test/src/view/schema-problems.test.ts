import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import viewSchema from '../../../views/view.schema.json';
import type { SchemaNode } from '../../../src/view/schema-at';
import { schemaProblems } from '../../../src/view/schema-problems';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

const schema = viewSchema as SchemaNode;
const error = (keyword: string, instancePath: string, params: Record<string, unknown>): ErrorObject => ({ keyword, instancePath, schemaPath: '#', params });
const data = { charts: [{ id: 'h', kind: 'histogram', x: 'v', bin: 1, bins: 0 }, { id: 'r', kind: 'row', x: 'p', selected: ['a', 'a'] }, { id: 'p', kind: 'pie' }] };

describe('schemaProblems', () => {
  it('maps each Ajv keyword to a message, at the value (or key) at fault, with a hint', () => {
    const problems = schemaProblems(
      [
        error('additionalProperties', '/charts/0', { additionalProperty: 'bin' }),
        error('minimum', '/charts/0/bins', { comparison: '>=', limit: 1 }),
        error('required', '/charts/0', { missingProperty: 'title' }),
        error('uniqueItems', '/charts/1/selected', { i: 1, j: 0 }),
        error('discriminator', '/charts/2', { error: 'mapping', tag: 'kind', tagValue: 'pie' }),
        error('if', '/charts', {}),
      ],
      data,
      schema,
    );
    expect(problems[0]).toEqual({ kind: 'view-problem', path: '$.charts[0].bin', message: viewMessages.unknownKey(['id', 'kind', 'title', 'x', 'bins', 'domain', 'scale', 'robustK', 'label']), hint: viewHints.didYouMean(['bins']) });
    expect(problems[1]).toMatchObject({ path: '$.charts[0].bins', message: viewMessages.atLeast(1), hint: expect.stringMatching(/^Number of equal bins/) });
    expect(problems[2]).toMatchObject({ path: '$.charts[0].title', message: viewMessages.missingKey(), hint: expect.stringMatching(/^Heading of the chart/) });
    expect(problems[3]).toMatchObject({ path: '$.charts[1].selected', message: viewMessages.repeatedItem(0, 1) });
    expect(problems[4]).toMatchObject({ path: '$.charts[2].kind', message: viewMessages.oneOf(['trend', 'histogram', 'row', 'scatter', 'box']) });
    expect(problems[5]).toMatchObject({ path: '$.charts', message: viewMessages.otherRule('if') });
  });
});
