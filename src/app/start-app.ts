import type { Database } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { describeCause } from '../data/load-error';
import { loadOptionsFrom } from '../data/load-options';
import { createHistogramSource } from '../layouts/fetch-histograms';
import { createLayoutPanel, type LayoutPanel } from '../layouts/layout-panel';
import { createLayoutLinks } from '../layouts/layout-section';
import { createJsrootLoader } from '../layouts/load-jsroot';
import { openData } from '../data/open-data';
import { createFilterStore, type FilterStore } from '../state/filter-store';
import { readLink, type RawLink } from '../state/permalink-codec';
import { createUiStore, type UiStore } from '../state/ui-store';
import type { SiteIndex } from '../view/site-index';
import { createAppShell, setViewOptions, type AppShell } from './app-shell';
import { chooseView } from './choose-view';
import { forgetCopiedLink, wireCopyLink } from './copy-link';
import { followLinkState } from './follow-link-state';
import { fetchSiteIndex, fetchViewText } from './fetch-site';
import { fail, setState, showProgress } from './page-state';
import { createViewSwitcher, type IdentifyExtras, type PrefetchedView, type ViewTools } from './view-switcher';
import { watchWidth } from './watch-width';

/**
 * Loads the data from `baseUrl` and shows the view named in `?view=` (default:
 * the site's default view, from site.json), with the filters and settings of
 * `f=` and `ui=` when the address is a permalink (permalink-codec).
 * `?stallTimeout=<seconds>` sets how long a download may go without data
 * (loadOptionsFrom).
 */
export async function startApp(root: HTMLElement, baseUrl: string): Promise<void> {
  setState('loading');
  const shell = createAppShell(root);
  const store = createFilterStore();
  const ui = createUiStore();
  shell.reset.addEventListener('click', () => store.reset());
  const jsroot = createJsrootLoader();
  // The Histograms panel (src/layouts): jsroot and the histogram files load only when a run is opened.
  const source = createHistogramSource(new URL('hist/', baseUrl).href, jsroot);
  const layouts = createLayoutPanel(root, { ui, jsroot, source });
  // The run panel offers the view's layouts for its run; they are drawn in the Histograms panel.
  const extras: IdentifyExtras = {
    panelSections: (view) => (view.layouts.length ? [createLayoutLinks(view.layouts, { ui, source, reveal: () => layouts.reveal() })] : []),
  };
  const { options, notice } = loadOptionsFrom(location.search);
  // site.json comes while the data loads; awaited (and its failure reported) once the data is open.
  const siteUrl = new URL('./', document.baseURI).href;
  const site = fetchSiteIndex(siteUrl);
  // So does the first view's file, as soon as site.json names it.
  const opening = site.then((index): OpeningSite => {
    const choice = chooseView(index, location.search);
    return { site: index, choice, first: { name: choice.initial, text: fetchViewText(siteUrl, choice.initial) } };
  });
  opening.then(({ first }) => first.text.catch(() => undefined), () => undefined);
  // The view checker and QA runtime are a chunk of their own, fetched while the data loads.
  const tools = import('./view-tools');
  tools.catch(() => undefined);
  try {
    const { manifest, db } = await openData(baseUrl, options, (received, total) => showProgress(shell, DATA_FILES.sqlite, received, total));
    shell.progress.hidden = true;
    shell.status.textContent = notice ?? '';
    await runViews(shell, db, manifest, { store, ui }, { siteUrl, opening, tools }, layouts, extras);
  } catch (error) {
    shell.progress.hidden = true;
    fail(shell, describeCause(error));
  }
}

/** site.json, the view it and the address choose to open first, and that view's file, already being fetched. */
interface OpeningSite {
  site: SiteIndex;
  choice: ReturnType<typeof chooseView>;
  first: PrefetchedView;
}

/** Shows the requested view, then follows the view selector, the window width and the history (back/forward). */
async function runViews(shell: AppShell, db: Database, manifest: DataManifest, stores: { store: FilterStore; ui: UiStore }, loading: { siteUrl: string; opening: Promise<OpeningSite>; tools: Promise<ViewTools> }, layouts: LayoutPanel, extras: IdentifyExtras): Promise<void> {
  const { siteUrl, tools } = loading;
  const { site, choice, first: prefetched } = await loading.opening;
  const { initial, notice } = choice;
  if (notice) shell.status.textContent = [shell.status.textContent, notice].filter(Boolean).join(' ');
  setViewOptions(shell.viewSelect, site.views, initial);
  const views = createViewSwitcher(shell, { siteUrl, db, manifest, tools, prefetched, onView: (view, selection) => layouts.setView(view, selection) }, stores, extras);
  const links = followLinkState(stores, () => views.linkState(), shell.grid, () => forgetCopiedLink(shell));
  wireCopyLink(shell, () => location.href);
  // Charts are sized when mounted: redraw them at the new width, filters kept (they live in the store).
  watchWidth(shell.grid, () => views.remount());
  // A link that lost parts leaves the address holding only what was applied.
  const rewriteIfDropped = (dropped: readonly string[]) => {
    if (dropped.length) links.rewrite();
  };
  const showView = (name: string, link?: RawLink) =>
    links
      .quietly(() => views.show(name, link))
      .then(rewriteIfDropped)
      .catch((error) => fail(shell, describeCause(error)));
  shell.viewSelect.addEventListener('change', () => {
    clearStatus(shell);
    links.pushView(shell.viewSelect.value);
    void showView(shell.viewSelect.value);
  });
  // A view whose name the link got wrong opens without the link's filters: they were another view's.
  window.addEventListener('popstate', () => {
    const { initial: name, notice: unknown } = chooseView(site, location.search);
    const link = unknown ? undefined : readLink(location.search);
    clearStatus(shell);
    forgetCopiedLink(shell);
    if (unknown) shell.status.textContent = unknown;
    if (link && name === views.linkState()?.view) void links.quietly(async () => views.restore(link)).then(rewriteIfDropped);
    else {
      shell.viewSelect.value = name;
      void showView(name, link);
    }
  });
  await showView(initial, notice ? undefined : readLink(location.search));
}

function clearStatus(shell: AppShell): void {
  shell.status.textContent = '';
  shell.status.classList.remove('error');
}
