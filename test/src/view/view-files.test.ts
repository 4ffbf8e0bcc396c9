import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, loadViewJson, viewNames } from '../../../src/view/view-files';
import { toViewSpec } from '../../../src/view/to-view-spec';

describe('view files', () => {
  it('lists every views/*.json by name, the default among them', () => {
    const names = viewNames();
    const files = readdirSync(new URL('../../../views/', import.meta.url)).filter((file) => file.endsWith('.json'));
    expect(names).toEqual(files.map((file) => file.replace(/\.json$/, '')).sort());
    expect(names).toContain('event-selection');
    expect(names).toContain(DEFAULT_VIEW);
  });

  it('each committed view normalises without problems and has unique chart ids', async () => {
    for (const name of viewNames()) {
      const { view, problems } = toViewSpec(await loadViewJson(name));
      expect(problems, name).toEqual([]);
      expect(view!.charts.length).toBeGreaterThan(0);
    }
  });

  it('returns undefined for a view that does not exist', async () => {
    expect(await loadViewJson('no-such-view')).toBeUndefined();
  });
});
