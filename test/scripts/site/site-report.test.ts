import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DEFAULTS, type SiteConfig } from '../../../scripts/site/load-site-config';
import { checkSite, siteIndexOf } from '../../../scripts/site/site-report';
import { siteMessages } from '../../../scripts/site/site-messages';
import { TINY_VIEW, withProject, writeViews } from './site-fixtures';

const config = (dir: string, defaultView: string): SiteConfig => ({ file: undefined, ...SITE_DEFAULTS, defaultView, sources: '', data: path.join(dir, 'data'), views: path.join(dir, 'views') });

describe('site report', () => {
  it('checks the views and that the default view is one of them', () =>
    withProject(async (dir) => {
      writeViews(dir, { tiny: TINY_VIEW, 'not addressable': TINY_VIEW });
      expect(checkSite(config(dir, 'tiny'), dir).configProblem).toBeUndefined();
      expect(checkSite(config(dir, 'gone'), dir).configProblem).toBe(siteMessages.unknownDefaultView('gone', 'the site config', ['not addressable', 'tiny']));
    }));

  it('site.json lists the addressable views by name and title', () =>
    withProject(async (dir) => {
      writeViews(dir, { tiny: TINY_VIEW, 'not addressable': TINY_VIEW, untitled: { charts: [] } });
      const site = config(dir, 'tiny');
      expect(siteIndexOf(site, checkSite(site, dir).reports)).toEqual({
        title: SITE_DEFAULTS.title,
        defaultView: 'tiny',
        views: [{ name: 'tiny', title: 'Tiny' }, { name: 'untitled', title: 'untitled' }],
      });
    }));
});
