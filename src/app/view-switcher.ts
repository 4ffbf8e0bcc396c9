import type { Database } from 'sql.js';
import type { DataManifest } from '../contract/data-contract';
import { chartParticipant } from '../charts/kinds/registry';
import { createCrossfilterModel } from '../crossfilter/crossfilter-model';
import { describeCause } from '../data/load-error';
import { loadMessages } from '../data/load-messages';
import { readColumns } from '../data/read-columns';
import type { FilterStore } from '../state/filter-store';
import { viewReadPlan } from '../view/check-view-columns';
import { loadViewJson } from '../view/view-files';
import type { ViewSpec } from '../view/view-spec';
import { appMessages } from './app-messages';
import { showProblems, type AppShell } from './app-shell';
import { counterText } from './counter-text';
import { debounce } from './debounce';
import { createLatestRequest } from './latest-request';
import { mountDashboard, type Dashboard } from './mount-dashboard';
import { fail, setState } from './page-state';
import { prepareView, problemLines } from './prepare-view';

/** How long the count must stay unchanged before screen readers hear it. */
const ANNOUNCE_DELAY_MS = 700;

/** Shows one view at a time in the shell. */
export interface ViewSwitcher {
  /** Clears the current view and shows `name`; a later call wins over one still loading. */
  show(name: string): Promise<void>;
  /** Redraws the current view's charts (e.g. at a new width), filters kept. */
  remount(): void;
}

export function createViewSwitcher(shell: AppShell, db: Database, manifest: DataManifest, store: FilterStore): ViewSwitcher {
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

interface MountNeeds {
  db: Database;
  manifest: DataManifest;
  store: FilterStore;
  onError: (error: unknown) => void;
  announce: (text: string) => void;
}

/** Sets the header for `view`, reads its columns, builds its crossfilter and returns how to mount its charts. */
function mountFor(shell: AppShell, view: ViewSpec, { db, manifest, store, onError, announce }: MountNeeds): () => Dashboard {
  shell.title.textContent = view.title;
  shell.description.textContent = view.description;
  const table = readColumns(db, viewReadPlan(view));
  const columns = new Map(manifest.columns.map((column) => [column.name, column]));
  // Built once per view: a remount at a new width redraws the charts, not the crossfilter.
  const data = { view, table, model: createCrossfilterModel(table, view.charts.map(chartParticipant)), columns, store };
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
