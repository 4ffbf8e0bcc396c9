import type { Database } from 'sql.js';
import { chartParticipant, initialClauses } from '../charts/kinds/registry';
import type { DataManifest } from '../contract/data-contract';
import { createCrossfilterModel, type CrossfilterModel } from '../crossfilter/crossfilter-model';
import { describeCause } from '../data/load-error';
import { loadMessages } from '../data/load-messages';
import { readColumns } from '../data/read-columns';
import type { TypedTable } from '../data/typed-table';
import type { FilterStore } from '../state/filter-store';
import { checkCategoryValues } from '../view/check-view-categories';
import { viewReadPlan } from '../view/check-view-columns';
import type { ViewProblem, ViewSpec } from '../view/view-spec';
import { appMessages } from './app-messages';
import { hideColumns, showColumns, showProblems, type AppShell } from './app-shell';
import { counterText } from './counter-text';
import { debounce } from './debounce';
import { fetchViewText } from './fetch-site';
import { createLatestRequest } from './latest-request';
import { mountDashboard, type Dashboard } from './mount-dashboard';
import { fail, setState } from './page-state';
import { prepareView, problemLines } from './prepare-view';

/** How long the count must stay unchanged before screen readers hear it. */
const ANNOUNCE_DELAY_MS = 700;
/** Up to this many columns, the list shown beside a view's problems starts unfolded. */
const OPEN_COLUMN_LIST = 60;

/** Shows one view at a time in the shell. */
export interface ViewSwitcher {
  /** Clears the current view and shows `name`; a later call wins over one still loading. */
  show(name: string): Promise<void>;
  /** Redraws the current view's charts (e.g. at a new width), filters kept. */
  remount(): void;
}

/** Where the switcher gets views and data: the site's base URL (views/<name>.json), the open database and its manifest. */
export interface ViewSources {
  siteUrl: string;
  db: Database;
  manifest: DataManifest;
  /** Told of each view mounted (its spec, its runs and which pass the filters) and of none (null) while one loads. */
  onView?: (view: ViewSpec | null, selection: { runs: ArrayLike<number>; isSelected(row: number): boolean } | null) => void;
}

export function createViewSwitcher(shell: AppShell, sources: ViewSources, store: FilterStore): ViewSwitcher {
  const latest = createLatestRequest();
  const announce = debounce((text: string) => (shell.announcer.textContent = text), ANNOUNCE_DELAY_MS);
  let mount: (() => Dashboard) | undefined;
  let dashboard: Dashboard | undefined;
  let shown = '';
  const unmount = () => {
    dashboard?.dispose();
    dashboard = undefined;
  };
  return {
    async show(name) {
      const isLatest = latest.begin();
      unmount();
      mount = undefined;
      clearView(shell);
      sources.onView?.(null, null);
      announce.cancel();
      store.reset();
      setState('loading');
      const text = await fetchViewText(sources.siteUrl, name);
      // A newer switch started while this view's file loaded: that one mounts, not this.
      if (!isLatest()) return;
      shown = name;
      const prepared = prepareView(text, sources.manifest.columns);
      const ready = prepared.view && readView(sources, prepared.view);
      if (!prepared.view || !ready || 'problems' in ready) {
        showViewProblems(shell, name, ready && 'problems' in ready ? ready.problems : prepared.problems, sources.manifest);
        return;
      }
      const onError = (error: unknown) => fail(shell, appMessages.redraw(name, describeCause(error)));
      store.replaceAll(initialClauses(prepared.view.charts));
      const mounted = mountFor(shell, prepared.view, ready.table, { manifest: sources.manifest, store, onError, announce: announce.call });
      mount = mounted.mount;
      dashboard = mount();
      sources.onView?.(prepared.view, { runs: ready.table.run, isSelected: mounted.model.isSelected });
      setState('ready');
    },
    remount() {
      if (!mount) return;
      unmount();
      try {
        dashboard = mount();
      } catch (error) {
        fail(shell, appMessages.remount(shown, describeCause(error)));
      }
    },
  };
}

/** Reads the view's columns; the category values it names must be values of their columns. */
function readView({ db }: ViewSources, view: ViewSpec): { table: TypedTable } | { problems: ViewProblem[] } {
  const table = readColumns(db, viewReadPlan(view));
  const problems = checkCategoryValues(view, (column) => table.categories.get(column)?.dictionary);
  return problems.length ? { problems } : { table };
}

/** The view's problems, then the data's columns (so a view for other data can be fixed); the selector stays usable. */
function showViewProblems(shell: AppShell, name: string, problems: readonly ViewProblem[], manifest: DataManifest): void {
  showProblems(shell.problems, loadMessages.view(`views/${name}.json`, problems.length), problemLines(problems));
  showColumns(shell.columns, appMessages.columnsHeading(manifest.columns.length), manifest.columns, manifest.columns.length <= OPEN_COLUMN_LIST);
  setState('error');
}

interface MountNeeds {
  manifest: DataManifest;
  store: FilterStore;
  onError: (error: unknown) => void;
  announce: (text: string) => void;
}

/** Sets the header for `view`, builds its crossfilter and returns how to mount its charts, and the crossfilter. */
function mountFor(shell: AppShell, view: ViewSpec, table: TypedTable, { manifest, store, onError, announce }: MountNeeds): { mount: () => Dashboard; model: CrossfilterModel } {
  shell.title.textContent = view.title;
  shell.description.textContent = view.description;
  const columns = new Map(manifest.columns.map((column) => [column.name, column]));
  // Built once per view: a remount at a new width redraws the charts, not the crossfilter.
  const data = { view, table, model: createCrossfilterModel(table, view.charts.map(chartParticipant)), columns, store };
  const showCount = (selected: number, total: number) => {
    shell.counter.textContent = counterText(selected, total);
    announce(shell.counter.textContent);
  };
  return { mount: () => mountDashboard(shell.grid, data, showCount, onError), model: data.model };
}

/** Empties what belongs to the previous view: header texts, counter, problems, column list. */
function clearView(shell: AppShell): void {
  shell.title.textContent = '';
  shell.description.textContent = '';
  shell.counter.textContent = '';
  shell.announcer.textContent = '';
  shell.problems.replaceChildren();
  hideColumns(shell.columns);
}
