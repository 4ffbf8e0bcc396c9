import type { Database } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { loadDatabase, loadManifest } from '../data/load-data';
import { describeCause } from '../data/load-error';
import { loadOptionsFrom } from '../data/load-options';
import { createHistogramSource } from '../layouts/fetch-histograms';
import { createLayoutPanel, type LayoutPanel } from '../layouts/layout-panel';
import { createJsrootLoader } from '../layouts/load-jsroot';
import { createFilterStore, type FilterStore } from '../state/filter-store';
import { createUiStore } from '../state/ui-store';
import { createAppShell, setViewOptions, type AppShell } from './app-shell';
import { chooseView } from './choose-view';
import { fetchSiteIndex } from './fetch-site';
import { fail, setState, showProgress } from './page-state';
import { createViewSwitcher } from './view-switcher';
import { watchWidth } from './watch-width';

/**
 * Loads the data from `baseUrl` and shows the view named in `?view=` (default:
 * the site's default view, from site.json). `?stallTimeout=<seconds>` sets how
 * long a download may go without data (loadOptionsFrom).
 */
export async function startApp(root: HTMLElement, baseUrl: string): Promise<void> {
  setState('loading');
  const shell = createAppShell(root);
  const store = createFilterStore();
  shell.reset.addEventListener('click', () => store.reset());
  const ui = createUiStore();
  const jsroot = createJsrootLoader();
  // The Histograms panel (src/layouts): jsroot and the histogram files load only when a run is opened.
  const layouts = createLayoutPanel(root, { ui, jsroot, source: createHistogramSource(new URL('hist/', baseUrl).href, jsroot) });
  const { options, notice } = loadOptionsFrom(location.search);
  try {
    const manifest = await loadManifest(baseUrl, options);
    const db = await loadDatabase(baseUrl, manifest, options, (received, total) => showProgress(shell, DATA_FILES.sqlite, received, total));
    shell.progress.hidden = true;
    shell.status.textContent = notice ?? '';
    await runViews(shell, db, manifest, store, layouts);
  } catch (error) {
    shell.progress.hidden = true;
    fail(shell, describeCause(error));
  }
}

/** Shows the requested view, then follows the view selector and the window width. */
async function runViews(shell: AppShell, db: Database, manifest: DataManifest, store: FilterStore, layouts: LayoutPanel): Promise<void> {
  const siteUrl = new URL('./', document.baseURI).href;
  const site = await fetchSiteIndex(siteUrl);
  const { initial, notice } = chooseView(site, location.search);
  if (notice) shell.status.textContent = [shell.status.textContent, notice].filter(Boolean).join(' ');
  setViewOptions(shell.viewSelect, site.views, initial);
  const views = createViewSwitcher(shell, { siteUrl, db, manifest, onView: (view, selection) => layouts.setView(view, selection) }, store);
  // Charts are sized when mounted: redraw them at the new width, filters kept (they live in the store).
  watchWidth(shell.grid, () => views.remount());
  shell.viewSelect.addEventListener('change', () => {
    const name = shell.viewSelect.value;
    shell.status.textContent = '';
    shell.status.classList.remove('error');
    const url = new URL(location.href);
    url.searchParams.set('view', name);
    history.replaceState(null, '', url);
    views.show(name).catch((error) => fail(shell, describeCause(error)));
  });
  await views.show(initial);
}
