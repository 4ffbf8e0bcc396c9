import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkViewFiles } from '../../../scripts/site/check-view-files';
import { siteMessages } from '../../../scripts/site/site-messages';
import { readViewFiles } from '../../../scripts/site/read-view-files';
import { loadViewData } from '../../../scripts/site/load-view-data';
import { viewMessages } from '../../../src/view/view-messages';
import { buildTinyData, THREE_MISTAKES, TINY_VIEW, withProject, writeViews } from './site-fixtures';

describe('checkViewFiles', () => {
  it('checks each file against the schema and the data, and names that fit an address', () =>
    withProject(async (dir) => {
      const loaded = (await loadViewData(await buildTinyData(dir)))!;
      const views = writeViews(dir, { tiny: TINY_VIEW, bad: THREE_MISTAKES, 'odd name': TINY_VIEW, wrong: { ...TINY_VIEW, charts: [{ id: 'q', kind: 'row', x: 'own.quality', selected: ['Goodd'] }] } });
      const reports = checkViewFiles(readViewFiles(views, dir), loaded.data);
      loaded.close();
      const byName = Object.fromEntries(reports.map((r) => [r.name, r]));
      expect(byName.tiny).toEqual({ name: 'tiny', file: path.join('views', 'tiny.json'), title: 'Tiny', problems: [] });
      expect(byName.bad.problems.map((p) => p.path)).toEqual(['$.charts[0].x', '$.charts[1].colour', '$.charts[2].y']);
      expect(byName.bad.title).toBe('Three mistakes');
      expect(byName['odd name'].problems[0].message).toBe(siteMessages.badViewName(path.join('views', 'odd name.json')));
      expect(byName.wrong.problems.map((p) => p.message)).toEqual([viewMessages.unknownCategory('Goodd', 'own.quality')]);
    }));
});
