import type { Database } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { loadDatabase, loadManifest } from '../data/load-data';
import { describeCause } from '../data/load-error';
import { loadMessages } from '../data/load-messages';
import { loadOptionsFrom } from '../data/load-options';
import { createFilterStore, type FilterStore } from '../state/filter-store';
import { DEFAULT_VIEW, viewNames } from '../view/view-files';
import { createAppShell, setViewOptions, type AppShell } from './app-shell';
import { fail, setState, showProgress } from './page-state';
import { createViewSwitcher } from './view-switcher';
import { watchWidth } from './watch-width';

/**
 * Loads the data from `baseUrl` and shows the view named in `?view=` (default
 * tpc-overview). `?stallTimeout=<seconds>` sets how long a download may go
 * without data (loadOptionsFrom).
 */
export async function startApp(root: HTMLElement, baseUrl: string): Promise<void> {
  setState('loading');
  const shell = createAppShell(root);
  const store = createFilterStore();
  shell.reset.addEventListener('click', () => store.reset());
  const { options, notice } = loadOptionsFrom(location.search);
  try {
    const manifest = await loadManifest(baseUrl, options);
    const db = await loadDatabase(baseUrl, manifest, options, (received, total) => showProgress(shell, DATA_FILES.sqlite, received, total));
    shell.progress.hidden = true;
    shell.status.textContent = notice ?? '';
    await runViews(shell, db, manifest, store);
  } catch (error) {
    shell.progress.hidden = true;
    fail(shell, describeCause(error));
  }
}

/** Shows the requested view, then follows the view selector and the window width. */
async function runViews(shell: AppShell, db: Database, manifest: DataManifest, store: FilterStore): Promise<void> {
  const names = viewNames();
  const requested = new URLSearchParams(location.search).get('view') ?? DEFAULT_VIEW;
  const initial = names.includes(requested) ? requested : DEFAULT_VIEW;
  if (initial !== requested) shell.status.textContent = [shell.status.textContent, loadMessages.unknownView(requested, names)].filter(Boolean).join(' ');
  setViewOptions(shell.viewSelect, names, initial);
  const views = createViewSwitcher(shell, db, manifest, store);
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
