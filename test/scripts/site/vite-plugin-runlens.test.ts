import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../scripts/site/content-security-policy';
import { SITE_DEFAULTS, type SiteConfig } from '../../../scripts/site/load-site-config';
import { runlensSite } from '../../../scripts/site/vite-plugin-runlens';
import { viewMessages } from '../../../src/view/view-messages';
import { buildTinyData, THREE_MISTAKES, TINY_VIEW, withProject, writeViews } from './site-fixtures';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** `vite build` of the real app with the plugin on a project of the test's own (views, data, config). */
function buildSite(site: SiteConfig, outDir: string, publicDir?: string) {
  return build({
    configFile: false,
    root: REPO,
    base: site.base,
    publicDir: false,
    logLevel: 'silent',
    plugins: [runlensSite(site, REPO, publicDir)],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

const siteIn = (dir: string, data: string): SiteConfig => ({ file: undefined, ...SITE_DEFAULTS, title: 'Tiny <QA>', defaultView: 'tiny', sources: '', data, views: path.join(dir, 'views') });

describe('runlensSite (Vite plugin), vite build', () => {
  it('emits site.json, the view files and the data folder, with the title and the CSP meta tag in index.html', () =>
    withProject(async (dir) => {
      const data = await buildTinyData(dir);
      writeViews(dir, { tiny: TINY_VIEW });
      const out = path.join(dir, 'dist');
      // public/: its files are copied (e.g. histograms), never its data/ (a user's data set that is not the site's).
      const publicDir = path.join(dir, 'public');
      mkdirSync(path.join(publicDir, 'hist'), { recursive: true });
      mkdirSync(path.join(publicDir, 'data'), { recursive: true });
      writeFileSync(path.join(publicDir, 'hist', 'index.json'), '{"runs": []}');
      writeFileSync(path.join(publicDir, 'data', 'mine.csv'), 'run\n1\n');
      await buildSite({ ...siteIn(dir, data), base: '/qa/' }, out, publicDir);
      expect(readFileSync(path.join(out, 'hist', 'index.json'), 'utf8')).toBe('{"runs": []}');
      expect(existsSync(path.join(out, 'data', 'mine.csv'))).toBe(false);
      expect(JSON.parse(readFileSync(path.join(out, 'data', 'manifest.json'), 'utf8')).sources[0].name).toBe('own');
      expect(JSON.parse(readFileSync(path.join(out, 'site.json'), 'utf8'))).toEqual({ title: 'Tiny <QA>', defaultView: 'tiny', views: [{ name: 'tiny', title: 'Tiny' }] });
      expect(readFileSync(path.join(out, 'views', 'tiny.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'views', 'tiny.json'), 'utf8'));
      expect(['manifest.json', 'runlens.csv', 'runlens.sqlite'].every((file) => existsSync(path.join(out, 'data', file)))).toBe(true);
      const html = readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(html).toContain('<title>Tiny &lt;QA&gt;</title>');
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`);
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
      expect(html).toMatch(/src="\/qa\/assets\/index-[^"]+\.js"/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }));

  it('fails the build on a broken view, naming the file and every problem with its path', () =>
    withProject(async (dir) => {
      writeViews(dir, { tiny: TINY_VIEW, bad: THREE_MISTAKES, deep: `{"a": ${'['.repeat(128)}${']'.repeat(128)}}` });
      const failure = await buildSite(siteIn(dir, path.join(dir, 'no-data')), path.join(dir, 'dist')).then(
        () => new Error('the build passed'),
        (error: Error) => error,
      );
      expect(failure.message).toContain(`${path.join(path.relative(REPO, dir), 'views', 'bad.json')}: 2 problems`);
      expect(failure.message).toContain('$.charts[1].colour: is not a known key here');
      expect(failure.message).toContain(`$.charts[2].y: ${viewMessages.wrongType('string')}`);
      expect(failure.message).toContain(`deep.json: 1 problem\n  $: ${viewMessages.tooDeep(32, 1, 38)}`);
      expect(existsSync(path.join(dir, 'dist', 'index.html'))).toBe(false);
    }));
});
