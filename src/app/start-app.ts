import type { Database } from 'sql.js';
import type { DataManifest } from '../contract/data-contract';
import { loadDatabase, loadManifest } from '../data/load-data';
import { describeCause } from '../data/load-error';
import { loadMessages } from '../data/load-messages';
import { readColumns } from '../data/read-columns';
import { createFilterStore, type FilterStore } from '../state/filter-store';
import { viewReadPlan } from '../view/check-view-columns';
import { DEFAULT_VIEW, loadViewJson, viewNames } from '../view/view-files';
import { createAppShell, setViewOptions, showProblems, type AppShell } from './app-shell';
import { counterText, progressText } from './counter-text';
import { mountDashboard, type Dashboard } from './mount-dashboard';
import { prepareView, problemLines } from './prepare-view';
import { watchWidth } from './watch-width';

type AppState = 'loading' | 'ready' | 'error';

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
      shell.status.textContent = progressText('runlens.sqlite', received, total);
    });
    shell.progress.hidden = true;
    shell.status.textContent = '';
    await runViews(shell, db, manifest, store);
  } catch (error) {
    shell.progress.hidden = true;
    shell.status.textContent = describeCause(error);
    shell.status.classList.add('error');
    setState('error');
  }
}

async function runViews(shell: AppShell, db: Database, manifest: DataManifest, store: FilterStore): Promise<void> {
  const names = viewNames();
  const requested = new URLSearchParams(location.search).get('view') ?? DEFAULT_VIEW;
  const initial = names.includes(requested) ? requested : DEFAULT_VIEW;
  if (initial !== requested) shell.status.textContent = loadMessages.unknownView(requested, names);
  setViewOptions(shell.viewSelect, names, initial);
  let mount: (() => Dashboard) | undefined;
  let dashboard: Dashboard | undefined;
  const show = async (name: string) => {
    dashboard?.dispose();
    dashboard = undefined;
    store.reset();
    mount = await prepareMount(shell, name, db, manifest, store);
    dashboard = mount?.();
    if (mount) setState('ready');
  };
  // Charts are sized when mounted: redraw them at the new width, filters kept (they live in the store).
  watchWidth(shell.grid, () => {
    if (!mount) return;
    dashboard?.dispose();
    dashboard = mount();
  });
  shell.viewSelect.addEventListener('change', () => {
    const name = shell.viewSelect.value;
    shell.status.textContent = '';
    const url = new URL(location.href);
    url.searchParams.set('view', name);
    history.replaceState(null, '', url);
    show(name).catch((error) => fail(shell, describeCause(error)));
  });
  await show(initial);
}

/** Checks view `name` and reads its columns; returns how to mount it, or undefined after showing its problems. */
async function prepareMount(
  shell: AppShell,
  name: string,
  db: Database,
  manifest: DataManifest,
  store: FilterStore,
): Promise<(() => Dashboard) | undefined> {
  setState('loading');
  shell.problems.replaceChildren();
  const { view, problems } = prepareView(await loadViewJson(name), manifest.columns);
  if (!view) {
    showProblems(shell.problems, loadMessages.view(`views/${name}.json`, problems.length), problemLines(problems));
    setState('error');
    return undefined;
  }
  shell.title.textContent = view.title;
  shell.description.textContent = view.description;
  const table = readColumns(db, viewReadPlan(view));
  const columns = new Map(manifest.columns.map((column) => [column.name, column]));
  const showCount = (selected: number, total: number) => {
    shell.counter.textContent = counterText(selected, total);
  };
  return () => mountDashboard(shell.grid, view, table, columns, store, showCount);
}

function fail(shell: AppShell, message: string): void {
  shell.status.textContent = message;
  shell.status.classList.add('error');
  setState('error');
}

function setState(state: AppState): void {
  document.body.dataset.state = state;
}
