import { describe, expect, it } from 'vitest';
import { SITE_FILES, toSiteIndex, VIEW_NAME_PATTERN } from '../../../src/view/site-index';

describe('site index', () => {
  it('accepts the plugin’s shape and refuses anything else', () => {
    const index = { title: 'T', defaultView: 'a', views: [{ name: 'a', title: 'A' }] };
    expect(toSiteIndex(index)).toEqual(index);
    expect(toSiteIndex({ ...index, views: [{ name: '../x', title: 'X' }] })).toBeUndefined();
    expect(toSiteIndex({ ...index, views: 'a' })).toBeUndefined();
    expect(toSiteIndex(null)).toBeUndefined();
  });

  it('names files under the base, and view names that fit an address', () => {
    expect(SITE_FILES.view('tpc-overview')).toBe('views/tpc-overview.json');
    expect(['tpc-overview', 'a_1', 'A'].every((name) => VIEW_NAME_PATTERN.test(name))).toBe(true);
    expect(['', '-a', 'a b', 'a.b', 'ä'].some((name) => VIEW_NAME_PATTERN.test(name))).toBe(false);
  });
});
