import { afterEach, describe, expect, it, vi } from 'vitest';
import { appMessages } from '../../../src/app/app-messages';
import { fetchSiteIndex, fetchViewText, SiteFileError } from '../../../src/app/fetch-site';

const site = 'http://x/runlens/';
const answer = (body: string, status = 200) => vi.fn(async (url: string) => ({ ok: status === 200, status, text: async () => body, url }));

afterEach(() => vi.unstubAllGlobals());

describe('fetch-site', () => {
  it('fetches site.json and views/<name>.json under the site base', async () => {
    const index = { title: 'T', defaultView: 'a', views: [{ name: 'a', title: 'A' }] };
    const fetch = answer(JSON.stringify(index));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchSiteIndex(site)).toEqual(index);
    expect(fetch.mock.calls[0][0]).toBe('http://x/runlens/site.json');
    await fetchViewText(site, 'a');
    expect(fetch.mock.calls[1][0]).toBe('http://x/runlens/views/a.json');
  });

  it('names the file and what to do on an HTTP error, a network error and a bad index', async () => {
    vi.stubGlobal('fetch', answer('', 404));
    await expect(fetchViewText(site, 'a')).rejects.toThrow(appMessages.siteFileStatus('http://x/runlens/views/a.json', 404));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new Error('offline'))));
    await expect(fetchSiteIndex(site)).rejects.toThrow(appMessages.siteFileNetwork('http://x/runlens/site.json', 'offline'));
    vi.stubGlobal('fetch', answer('{"views": 3}'));
    await expect(fetchSiteIndex(site)).rejects.toThrow(appMessages.badSiteIndex('http://x/runlens/site.json'));
    vi.stubGlobal('fetch', answer('not json'));
    await expect(fetchSiteIndex(site)).rejects.toBeInstanceOf(SiteFileError);
  });
});
