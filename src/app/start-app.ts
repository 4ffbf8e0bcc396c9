import type { Database } from 'sql.js';
import type { DataManifest } from '../contract/data-contract';
import { describeCause } from '../data/load-error';
import { loadManifest } from '../data/load-data';
import { loadOptionsFrom, type LoadOptions } from '../data/load-options';
import { timePhaseAsync } from '../data/open-timing';
import { openSqlite } from '../data/open-sqlite';
import { readColumnFiles } from '../data/read-column-files';
import type { ReadRequest, TypedTable } from '../data/typed-table';
import { createHistogramSource } from '../layouts/fetch-histograms';
import { createLayoutPanel, type LayoutPanel } from '../layouts/layout-panel';
import { createLayoutLinks } from '../layouts/layout-section';
import { createJsrootLoader } from '../layouts/load-jsroot';
import { createFilterStore, type FilterStore } from '../state/filter-store';
import { readLink, type RawLink } from '../state/permalink-codec';
import { createUiStore, type UiStore } from '../state/ui-store';
import type { SiteIndex } from '../view/site-index';
import { createAppShell, setViewOptions, type AppShell } from './app-shell';
import { chooseView } from './choose-view';
import { forgetCopiedLink, wireCopyLink } from './copy-link';
import { followLinkState } from './follow-link-state';
import { fetchSiteIndex, fetchViewText } from './fetch-site';
import { appMessages } from './app-messages';
import { fail, setState, withProgress } from './page-state';
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
    const manifest = await timePhaseAsync('manifest', () => loadManifest(baseUrl, options));
    shell.progress.hidden = true;
    shell.status.textContent = notice ?? '';
    await runViews(shell, openDataSet(shell, baseUrl, manifest, options), { store, ui }, { siteUrl, opening, tools }, layouts, extras);
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

/** The data set behind the views: its manifest, its column files, and its SQLite file once `openDatabase` is called. */
interface DataSet {
  manifest: DataManifest;
  readColumns: (wanted: readonly ReadRequest[]) => Promise<TypedTable>;
  /** Settles once openDatabase has been called and the file is open (or refused). */
  database: Promise<Database>;
  openDatabase(): void;
}

function openDataSet(shell: AppShell, baseUrl: string, manifest: DataManifest, options: LoadOptions): DataSet {
  let open: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (open = resolve));
  const database = asked.then(() => openSqlite(baseUrl, manifest, options));
  // Its failure is shown by runViews once asked for; never unhandled before.
  database.catch(() => undefined);
  return {
    manifest,
    readColumns: (wanted) => withProgress(shell, appMessages.columnFiles, (onProgress) => readColumnFiles(baseUrl, manifest, wanted, options, onProgress)),
    database,
    openDatabase: () => open(),
  };
}

/** Shows the requested view, then follows the view selector, the window width and the history (back/forward). */
async function runViews(shell: AppShell, data: DataSet, stores: { store: FilterStore; ui: UiStore }, loading: { siteUrl: string; opening: Promise<OpeningSite>; tools: Promise<ViewTools> }, layouts: LayoutPanel, extras: IdentifyExtras): Promise<void> {
  const { siteUrl, tools } = loading;
  const { site, choice, first: prefetched } = await loading.opening;
  const { initial, notice } = choice;
  if (notice) shell.status.textContent = [shell.status.textContent, notice].filter(Boolean).join(' ');
  setViewOptions(shell.viewSelect, site.views, initial);
  const { manifest, readColumns, database } = data;
  const views = createViewSwitcher(shell, { siteUrl, manifest, readColumns, database, tools, prefetched, onView: (view, selection) => layouts.setView(view, selection) }, stores, extras);
  const links = followLinkState(stores, () => views.linkState(), shell.grid, () => forgetCopiedLink(shell));
  wireCopyLink(shell, () => location.href);
  // Charts are sized when mounted: redraw them at the new width, filters kept (they live in the store).
  watchWidth(shell.grid, () => views.remount());
  // A link that lost parts leaves the address holding only what was applied.
  const rewriteIfDropped = (dropped: readonly string[]) => {
    if (dropped.length) links.rewrite();
  };
  // A set whose database fails is refused as a whole: the view goes, the file and the fix are named.
  database.catch((error) => {
    views.refuse();
    fail(shell, describeCause(error));
  });
  // Once a view is drawn (never before, nor for a view that could not be): the SQLite file, whole runs for the run panel.
  const openDatabaseIfShown = () => {
    if (views.linkState()) data.openDatabase();
  };
  const showView = (name: string, link?: RawLink) =>
    links
      .quietly(() => views.show(name, link))
      .then(rewriteIfDropped)
      .then(openDatabaseIfShown)
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
