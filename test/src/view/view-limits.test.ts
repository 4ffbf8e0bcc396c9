import { describe, expect, it } from 'vitest';
import viewSchema from '../../../views/view.schema.json';
import { VIEW_LIMITS, VIEW_SCHEMA_REF } from '../../../src/view/view-limits';

describe('VIEW_LIMITS', () => {
  it('agree with the schema generated from view-file.ts (chart cap, $schema value)', () => {
    const view = viewSchema.definitions.ViewFile.properties;
    expect(view.charts.maxItems).toBe(VIEW_LIMITS.maxCharts);
    expect(view.$schema.const).toBe(VIEW_SCHEMA_REF);
  });

  it('leave room for real views and stop hostile ones', () => {
    expect(VIEW_LIMITS.maxDepth).toBeGreaterThanOrEqual(8);
    expect(VIEW_LIMITS.maxDepth).toBeLessThan(128);
    expect(VIEW_LIMITS.maxBytes).toBeGreaterThanOrEqual(64 * 1024);
  });
});
