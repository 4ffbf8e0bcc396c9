import { describe, expect, it } from 'vitest';
import { appMessages } from '../../../src/app/app-messages';
import { chooseView } from '../../../src/app/choose-view';
import { loadMessages } from '../../../src/data/load-messages';

const site = { title: 'T', defaultView: 'b', views: [{ name: 'a', title: 'A' }, { name: 'b', title: 'B' }] };

describe('chooseView', () => {
  it('opens the view ?view= names, else the default view', () => {
    expect(chooseView(site, '?view=a')).toEqual({ initial: 'a' });
    expect(chooseView(site, '')).toEqual({ initial: 'b' });
  });

  it('opens the default view and says why when the named one does not exist', () => {
    expect(chooseView(site, '?view=zz')).toEqual({ initial: 'b', notice: loadMessages.unknownView('zz', ['a', 'b']) });
  });

  it('falls back to the first view when the default is not a view, and throws when there is none', () => {
    expect(chooseView({ ...site, defaultView: 'gone' }, '')).toEqual({ initial: 'a' });
    expect(() => chooseView({ ...site, views: [] }, '')).toThrow(appMessages.noViews());
  });
});
