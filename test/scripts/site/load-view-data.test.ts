import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadViewData } from '../../../scripts/site/load-view-data';
import { siteMessages } from '../../../scripts/site/site-messages';
import { HISTOGRAM_INDEX_FORMAT } from '../../../src/contract/histogram-contract';
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

  it('gives the histogram paths of a built hist/index.json, none without one, and refuses an index of another format', () =>
    withProject(async (dir) => {
      const data = await buildTinyData(dir);
      const without = (await loadViewData(data))!;
      expect(without.data.histogramPaths).toBeUndefined();
      without.close();
      mkdirSync(path.join(data, 'hist'));
      const index = { format: HISTOGRAM_INDEX_FORMAT, paths: [{ path: 'TPC/a' }, { path: 'ITS/b' }], runs: [], totals: { runs: 0, histograms: 0, bytes: 0 } };
      writeFileSync(path.join(data, 'hist', 'index.json'), JSON.stringify(index));
      const loaded = (await loadViewData(data))!;
      expect(loaded.data.histogramPaths).toEqual(new Set(['TPC/a', 'ITS/b']));
      loaded.close();
      writeFileSync(path.join(data, 'hist', 'index.json'), '{"format": "other"}');
      await expect(loadViewData(data)).rejects.toThrow(siteMessages.badHistogramIndex(path.join(data, 'hist', 'index.json'), `not of format ${HISTOGRAM_INDEX_FORMAT}`));
    }));
});
