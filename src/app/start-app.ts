import type { Database } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { createCrossfilterModel } from '../crossfilter/crossfilter-model';
import { loadDatabase, loadManifest } from '../data/load-data';
import { describeCause } from '../data/load-error';
import { loadMessages } from '../data/load-messages';
import { readColumns } from '../data/read-columns';
import { createFilterStore, type FilterStore } from '../state/filter-store';
import { viewReadPlan } from '../view/check-view-columns';
import { DEFAULT_VIEW, loadViewJson, viewNames } from '../view/view-files';
import type { ViewSpec } from '../view/view-spec';
import { appMessages } from './app-messages';
import { createAppShell, setViewOptions, showProblems, type AppShell } from './app-shell';
import { counterText, progressText } from './counter-text';
import { createLatestRequest } from './latest-request';
import { debounce } from './debounce';
import { mountDashboard, type Dashboard } from './mount-dashboard';
import { prepareView, problemLines } from './prepare-view';
import { watchWidth } from './watch-width';

type AppState = 'loading' | 'ready' | 'error';

/** How long the count must stay unchanged before screen readers hear it. */
const ANNOUNCE_DELAY_MS = 700;

interface MountNeeds {
  db: Database;
  manifest: DataManifest;
  store: FilterStore;
  onError: (error: unknown) => void;
  announce: (text: string) => void;
}

/** Loads the data from `baseUrl` and shows the view named in `?view=` (default tpc-overview). */
export async function startApp(root: HTMLElement, baseUrl: string): Promise<void> {
  setState('loading');
  const shell = createAppShell(root);
  const store = createFilterStore();
  shell.reset.addEventListener('click', () => store.reset());
  try {
    const manifest = await loadManifest(baseUrl);
    const db = await loadDatabase(baseUrl, manifest, (received, total) => {
      shell.progress.max = total || 1;
      shell.progress.value = received;
      shell.status.textContent = progressText(DATA_FILES.sqlite, received, total);
    });
    shell.progress.hidden = true;
    shell.status.textContent = '';
    await runViews(shell, db, manifest, store);
  } catch (error) {
    shell.progress.hidden = true;
    fail(shell, describeCause(error));
  }
}

async function runViews(shell: AppShell, db: Database, manifest: DataManifest, store: FilterStore): Promise<void> {
  const names = viewNames();
  const requested = new URLSearchParams(location.search).get('view') ?? DEFAULT_VIEW;
  const initial = names.includes(requested) ? requested : DEFAULT_VIEW;
  if (initial !== requested) shell.status.textContent = loadMessages.unknownView(requested, names);
  setViewOptions(shell.viewSelect, names, initial);
  const latest = createLatestRequest();
  const announce = debounce((text: string) => (shell.announcer.textContent = text), ANNOUNCE_DELAY_MS);
  let mount: (() => Dashboard) | undefined;
  let dashboard: Dashboard | undefined;
  let shown = initial;
  const show = async (name: string) => {
    const isLatest = latest.begin();
    dashboard?.dispose();
    dashboard = mount = undefined;
    clearView(shell);
    announce.cancel();
    store.reset();
    setState('loading');
    const prepared = prepareView(await loadViewJson(name), manifest.columns);
    // A newer switch started while this view's file loaded: that one mounts, not this.
    if (!isLatest()) return;
    shown = name;
    if (!prepared.view) {
      showProblems(shell.problems, loadMessages.view(`views/${name}.json`, prepared.problems.length), problemLines(prepared.problems));
      setState('error');
      return;
    }
    const onError = (error: unknown) => fail(shell, appMessages.redraw(name, describeCause(error)));
    mount = mountFor(shell, prepared.view, { db, manifest, store, onError, announce: announce.call });
    dashboard = mount();
    setState('ready');
  };
  // Charts are sized when mounted: redraw them at the new width, filters kept (they live in the store).
  watchWidth(shell.grid, () => {
    if (!mount) return;
    dashboard?.dispose();
    dashboard = undefined;
    try {
      dashboard = mount();
    } catch (error) {
      fail(shell, appMessages.remount(shown, describeCause(error)));
    }
  });
  shell.viewSelect.addEventListener('change', () => {
    const name = shell.viewSelect.value;
    shell.status.textContent = '';
    shell.status.classList.remove('error');
    const url = new URL(location.href);
    url.searchParams.set('view', name);
    history.replaceState(null, '', url);
    show(name).catch((error) => fail(shell, describeCause(error)));
  });
  await show(initial);
}

/** Sets the header for `view`, reads its columns, builds its crossfilter and returns how to mount its charts. */
function mountFor(shell: AppShell, view: ViewSpec, { db, manifest, store, onError, announce }: MountNeeds): () => Dashboard {
  shell.title.textContent = view.title;
  shell.description.textContent = view.description;
  const table = readColumns(db, viewReadPlan(view));
  const columns = new Map(manifest.columns.map((column) => [column.name, column]));
  // Built once per view: a remount at a new width redraws the charts, not the crossfilter.
  const data = { view, table, model: createCrossfilterModel(table, view.charts), columns, store };
  const showCount = (selected: number, total: number) => {
    shell.counter.textContent = counterText(selected, total);
    announce(shell.counter.textContent);
  };
  return () => mountDashboard(shell.grid, data, showCount, onError);
}

/** Empties what belongs to the previous view: header texts, counter, problems. */
function clearView(shell: AppShell): void {
  shell.title.textContent = '';
  shell.description.textContent = '';
  shell.counter.textContent = '';
  shell.announcer.textContent = '';
  shell.problems.replaceChildren();
}

function fail(shell: AppShell, message: string): void {
  shell.status.textContent = message;
  shell.status.classList.add('error');
  setState('error');
}

function setState(state: AppState): void {
  document.body.dataset.state = state;
}
