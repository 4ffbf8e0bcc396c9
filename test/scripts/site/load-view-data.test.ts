import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadViewData } from '../../../scripts/site/load-view-data';
import { buildTinyData, withProject } from './site-fixtures';

describe('loadViewData', () => {
  it('gives the manifest’s columns and, from the SQLite file, the values of a category column', () =>
    withProject(async (dir) => {
      const loaded = (await loadViewData(await buildTinyData(dir)))!;
      try {
        expect(loaded.data.columns.map((c) => c.name)).toEqual(['run', 'own.mult', 'own.quality']);
        expect(loaded.data.categoriesOf!('own.quality')).toEqual(['Bad', 'Good', 'Medium']);
        expect(loaded.data.categoriesOf!('own.nope')).toBeUndefined();
      } finally {
        loaded.close();
      }
    }));

  it('is undefined for a folder without a data set and throws on a manifest that is not one', () =>
    withProject(async (dir) => {
      expect(await loadViewData(path.join(dir, 'nothing'))).toBeUndefined();
      mkdirSync(path.join(dir, 'bad'));
      writeFileSync(path.join(dir, 'bad', 'manifest.json'), '{"format": "other"}');
      await expect(loadViewData(path.join(dir, 'bad'))).rejects.toThrow(/is not a RunLens data manifest/);
    }));
});
