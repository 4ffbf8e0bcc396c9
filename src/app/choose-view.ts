import { loadMessages } from '../data/load-messages';
import type { SiteIndex } from '../view/site-index';
import { appMessages } from './app-messages';

/**
 * The view to open: the one `?view=` names, else the site's default view,
 * else the first view. `notice` says why the named one was not opened.
 * Throws when the site has no views at all.
 */
export function chooseView(site: SiteIndex, search: string): { initial: string; notice?: string } {
  const names = site.views.map((view) => view.name);
  const fallback = names.includes(site.defaultView) ? site.defaultView : names[0];
  if (fallback === undefined) throw new Error(appMessages.noViews());
  const requested = new URLSearchParams(search).get('view') ?? fallback;
  return names.includes(requested) ? { initial: requested } : { initial: fallback, notice: loadMessages.unknownView(requested, names) };
}
