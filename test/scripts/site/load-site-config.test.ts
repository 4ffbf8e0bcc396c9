import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig, SITE_DEFAULTS } from '../../../scripts/site/load-site-config';
import { siteMessages } from '../../../scripts/site/site-messages';
import { withProject, writeTinySources } from './site-fixtures';

describe('loadSiteConfig', () => {
  it('without a config file: defaults, the demo sources and their output folder', () =>
    withProject(async (dir) => {
      writeTinySources(dir);
      const config = loadSiteConfig(dir, { RUNLENS_SOURCES: 'own/sources.json' });
      expect(config).toEqual({
        file: undefined,
        ...SITE_DEFAULTS,
        sources: path.join(dir, 'own', 'sources.json'),
        data: path.join(dir, 'own-data'),
        views: path.join(dir, 'views'),
      });
    }));

  it('reads runlens.config.json, paths relative to it; the environment overrides sources, data and base', () =>
    withProject(async (dir) => {
      writeTinySources(dir);
      writeFileSync(path.join(dir, 'runlens.config.json'), JSON.stringify({ title: 'My QA', defaultView: 'mine', sources: 'own/sources.json', base: '/qa/' }));
      const config = loadSiteConfig(dir, {});
      expect(config).toMatchObject({ file: path.join(dir, 'runlens.config.json'), title: 'My QA', defaultView: 'mine', data: path.join(dir, 'own-data'), base: '/qa/' });
      expect(loadSiteConfig(dir, { RUNLENS_DATA: 'elsewhere', RUNLENS_BASE: '/other/' })).toMatchObject({ data: path.join(dir, 'elsewhere'), base: '/other/' });
      writeFileSync(path.join(dir, 'runlens.config.json'), JSON.stringify({ sources: 'own/sources.json', data: 'served' }));
      expect(loadSiteConfig(dir, {}).data).toBe(path.join(dir, 'served'));
    }));

  it('lists every problem of a bad config file with its path', () =>
    withProject(async (dir) => {
      const file = path.join(dir, 'runlens.config.json');
      writeFileSync(file, JSON.stringify({ titel: 'x', base: 'qa', defaultView: 3 }));
      expect(() => loadSiteConfig(dir, {})).toThrow(/has 3 problems/);
      try {
        loadSiteConfig(dir, {});
      } catch (error) {
        expect((error as Error).message).toMatch(/\n {2}\$\.base: .*\n {2}\$\.defaultView: .*\n {2}\$\.titel: /);
      }
    }));

  it('refuses a base from the environment that is not a folder path, and a RUNLENS_CONFIG that does not exist', () =>
    withProject(async (dir) => {
      writeTinySources(dir);
      const env = { RUNLENS_SOURCES: 'own/sources.json' };
      expect(() => loadSiteConfig(dir, { ...env, RUNLENS_BASE: 'qa/' })).toThrow(siteMessages.badBase('qa/', 'RUNLENS_BASE'));
      expect(() => loadSiteConfig(dir, { ...env, RUNLENS_CONFIG: 'nope.json' })).toThrow(siteMessages.configMissing(path.join(dir, 'nope.json')));
    }));
});
