import type { Database } from 'sql.js';
import type { DescribeRun } from '../charts/chart-view';
import { chartClauseValidators, chartParticipant, initialClauses } from '../charts/kinds/registry';
import type { DataManifest } from '../contract/data-contract';
import { createCrossfilterModel, type CrossfilterModel } from '../crossfilter/crossfilter-model';
import { describeCause } from '../data/load-error';
import { loadMessages } from '../data/load-messages';
import { timePhase } from '../data/open-timing';
import { createRunReader, type ReadRun } from '../data/read-run';
import type { ReadRequest, TypedTable } from '../data/typed-table';
import type { RunPanelSection } from '../panel/run-panel';
import type { FilterClause, FilterStore } from '../state/filter-store';
import { restoreClauses, type ClauseValidator, type LinkState, type RawLink } from '../state/permalink-codec';
import { permalinkMessages } from '../state/permalink-messages';
import { DEFAULT_UI_STATE, type UiStore } from '../state/ui-store';
import type { QaState } from '../qa/qa-state';
import { statusClauseValidator } from '../qa/status-clause-validator';
import { STATUS_ID, statusParticipant } from '../qa/status-participant';
import { checkCategoryValues } from '../view/check-view-categories';
import { viewReadRequests } from '../view/view-read-requests';
import { toJsonPath } from '../view/json-path';
import type { ViewProblem, ViewSpec } from '../view/view-spec';

/** What view-tools.ts exports (the view checker and the QA runtime), loaded as a chunk of its own. */
export type ViewTools = typeof import('./view-tools');
import { appMessages } from './app-messages';
import { hideColumns, showColumns, showProblems, type AppShell } from './app-shell';
import { counterText } from './counter-text';
import { debounce } from './debounce';
import { fetchViewText } from './fetch-site';
import { createLatestRequest } from './latest-request';
import { mountDashboard, type Dashboard } from './mount-dashboard';
import { fail, setState } from './page-state';

/** How long the count must stay unchanged before screen readers hear it. */
const ANNOUNCE_DELAY_MS = 700;
/** Up to this many columns, the list shown beside a view's problems starts unfolded. */
const OPEN_COLUMN_LIST = 60;

/** Shows one view at a time in the shell. */
export interface ViewSwitcher {
  /**
   * Clears the current view and shows `name`; a later call wins over one
   * still loading. With `link`, its filters and settings (each checked
   * against the view) replace the view's starting ones. Resolves to what
   * of the link was dropped (none when no view was mounted).
   */
  show(name: string, link?: RawLink): Promise<readonly string[]>;
  /** Applies a link's filters and settings to the view already shown (back/forward within a view); returns what was dropped. */
  restore(link: RawLink): readonly string[];
  /** What a permalink of the shown view holds now; undefined while none is shown. */
  linkState(): LinkState | undefined;
  /** Redraws the current view's charts (e.g. at a new width), filters kept. */
  remount(): void;
  /** Takes the view down for good (the data set was refused): nothing is shown after, whatever is asked. */
  refuse(): void;
}

/** The shown view, as links need it: its name, its starting filters and its clause validators. */
interface Shown {
  name: string;
  initial: FilterClause[];
  validators: ReadonlyMap<string, ClauseValidator>;
}

/** Where the switcher gets views and data: the site's base URL (views/<name>.json), the data's manifest, its columns and its database. */
export interface ViewSources {
  siteUrl: string;
  manifest: DataManifest;
  /** Reads a view's columns (from the column files, read-column-files.ts). */
  readColumns: (wanted: readonly ReadRequest[]) => Promise<TypedTable>;
  /** The SQLite database, open once it has loaded (after the first view is drawn): the run panel reads whole runs from it. */
  database: Promise<Database>;
  /** A view's file already being fetched (the first view, fetched beside the data): used by the first show of that view. */
  prefetched?: PrefetchedView;
  /** The view checker and QA runtime (view-tools.ts): a chunk of its own, so the first page stays small; the app starts loading it with the data. */
  tools: Promise<ViewTools>;
  /** Told of each view mounted (its spec, its runs and which pass the filters) and of none (null) while one loads. */
  onView?: (view: ViewSpec | null, selection: { runs: ArrayLike<number>; isSelected(row: number): boolean } | null) => void;
}

/** A view file whose fetch started early. */
export interface PrefetchedView {
  name: string;
  text: Promise<string>;
}

/**
 * Extension points for identifying runs, wired by the app: a status provider
 * per view (for tooltips and the run panel) and extra run-panel sections.
 */
export interface IdentifyExtras {
  /** The status provider of a mounted view (called once per view, after its columns are read). */
  describeRunFor?: (view: ViewSpec, table: TypedTable) => DescribeRun | undefined;
  /** Sections added to the run panel of a mounted view (e.g. links to its histogram layouts), see RunPanelSection. */
  panelSections?: (view: ViewSpec) => readonly RunPanelSection[];
}

export function createViewSwitcher(shell: AppShell, sources: ViewSources, { store, ui }: { store: FilterStore; ui: UiStore }, extras: IdentifyExtras = {}): ViewSwitcher {
  const latest = createLatestRequest();
  const readRun = lazyRunReader(sources);
  const announce = debounce((text: string) => (shell.announcer.textContent = text), ANNOUNCE_DELAY_MS);
  let mount: (() => Dashboard) | undefined;
  let dashboard: Dashboard | undefined;
  let shown = '';
  let linked: Shown | undefined;
  let prefetched = sources.prefetched;
  let refused = false;
  const viewText = (name: string) => {
    const early = prefetched?.name === name ? prefetched.text : undefined;
    prefetched = undefined;
    return early ?? fetchViewText(sources.siteUrl, name);
  };
  /** Puts the link's checked filters (or the view's own) and settings into the stores; says, and returns, what was dropped. */
  const apply = (view: Shown, link: RawLink | undefined): string[] => {
    const restored = link?.clauses ? restoreClauses(link.clauses, view.validators) : { clauses: view.initial, dropped: [] };
    store.replaceAll(restored.clauses);
    ui.set({ ...DEFAULT_UI_STATE, ...link?.ui });
    const dropped = [...(link?.dropped ?? []), ...restored.dropped];
    if (dropped.length) shell.status.textContent = [shell.status.textContent, permalinkMessages.opened(dropped)].filter(Boolean).join(' ');
    return dropped;
  };
  const unmount = () => {
    dashboard?.dispose();
    dashboard = undefined;
  };
  return {
    async show(name, link) {
      const isLatest = latest.begin();
      unmount();
      mount = undefined;
      linked = undefined;
      clearView(shell);
      sources.onView?.(null, null);
      announce.cancel();
      store.reset();
      ui.reset();
      setState('loading');
      const [text, tools] = await Promise.all([viewText(name), sources.tools]);
      // A newer switch started while this view's file loaded: that one mounts, not this.
      if (!isLatest() || refused) return [];
      shown = name;
      const prepared = tools.prepareView(text, sources.manifest.columns);
      const ready = prepared.view && (await readView(sources, prepared.view, tools));
      // The same while its columns loaded.
      if (!isLatest() || refused) return [];
      if (!prepared.view || !ready || 'problems' in ready) {
        showViewProblems(shell, name, ready && 'problems' in ready ? ready.problems : prepared.problems, tools, sources.manifest);
        return [];
      }
      const onError = (error: unknown) => fail(shell, appMessages.redraw(name, describeCause(error)));
      // Participants that are not charts (the status chips) add their validators to this map.
      const validators = chartClauseValidators(prepared.view.charts);
      if (ready.qa) validators.set(STATUS_ID, statusClauseValidator);
      linked = { name, initial: initialClauses(prepared.view.charts), validators };
      const dropped = apply(linked, link);
      const describeRun = ready.qa ? ready.qa.describeRunStatus : extras.describeRunFor?.(prepared.view, ready.table);
      const identify = { readRun: readRun.read, readable: readRun.readable, extras, describeRun };
      const mounted = mountFor(shell, name, prepared.view, ready, { manifest: sources.manifest, store, ui, onError, announce: announce.call, identify, tools });
      mount = mounted.mount;
      dashboard = mount();
      sources.onView?.(prepared.view, { runs: ready.table.run, isSelected: mounted.model.isSelected });
      setState('ready');
      return dropped;
    },
    restore: (link) => (linked ? apply(linked, link) : []),
    linkState: () => linked && { view: linked.name, clauses: store.clauses(), ui: ui.get(), initialClauses: linked.initial },
    remount() {
      if (!mount || refused) return;
      unmount();
      try {
        dashboard = mount();
      } catch (error) {
        fail(shell, appMessages.remount(shown, describeCause(error)));
      }
    },
    refuse() {
      refused = true;
      latest.begin();
      unmount();
      mount = undefined;
      linked = undefined;
      clearView(shell);
      sources.onView?.(null, null);
    },
  };
}

/**
 * Reads the view's columns (its charts' and what its aliases, rules and table
 * need); the category values it names must be values of their columns. Adds
 * the aliases to the table (before crossfilter, so charts can draw them) and
 * evaluates the rules.
 */
async function readView({ readColumns, manifest }: ViewSources, view: ViewSpec, { qaReadPlan, withAliases, createQaState }: ViewTools): Promise<{ table: TypedTable; qa?: QaState } | { problems: ViewProblem[] }> {
  const table = await readColumns(viewReadRequests(view, manifest.columns, qaReadPlan));
  const problems = checkCategoryValues(view, (column) => table.categories.get(column)?.dictionary);
  if (problems.length) return { problems };
  if (!view.qa) return { table };
  const derived = withAliases(table, view.qa, manifest.columns);
  const aliasProblems = derived.errors.map((error): ViewProblem => ({ kind: 'view-problem', path: toJsonPath(['aliases', error.alias ?? '']), message: error.message }));
  if (aliasProblems.length) return { problems: aliasProblems };
  return { table: derived.table, qa: createQaState(derived.table, view.qa, derived.program) };
}

/** The view's problems, then the data's columns (so a view for other data can be fixed); the selector stays usable. */
function showViewProblems(shell: AppShell, name: string, problems: readonly ViewProblem[], tools: ViewTools, manifest: DataManifest): void {
  showProblems(shell.problems, loadMessages.view(`views/${name}.json`, problems.length), tools.problemLines(problems));
  showColumns(shell.columns, appMessages.columnsHeading(manifest.columns.length), manifest.columns, manifest.columns.length <= OPEN_COLUMN_LIST);
  setState('error');
}

interface MountNeeds {
  manifest: DataManifest;
  store: FilterStore;
  ui: UiStore;
  onError: (error: unknown) => void;
  announce: (text: string) => void;
  identify: { readRun: ReadRun; readable: Promise<unknown>; extras: IdentifyExtras; describeRun?: DescribeRun };
  tools: ViewTools;
}

/** Sets the header for `view`, builds its crossfilter and returns how to mount its charts, and the crossfilter. */
function mountFor(shell: AppShell, name: string, view: ViewSpec, { table, qa }: { table: TypedTable; qa?: QaState }, { manifest, store, ui, onError, announce, identify, tools }: MountNeeds): { mount: () => Dashboard; model: CrossfilterModel } {
  shell.title.textContent = view.title;
  shell.description.textContent = view.description;
  const columns = new Map(manifest.columns.map((column) => [column.name, column]));
  // Built once per view: a remount at a new width redraws the charts, not the crossfilter.
  const panel = { host: shell.panel, readRun: identify.readRun, readable: identify.readable, columns: manifest.columns, sources: manifest.sources.map((source) => source.name), sections: identify.extras.panelSections?.(view) };
  const participants = [...view.charts.map(chartParticipant), ...(qa ? [statusParticipant(qa.status)] : [])];
  const model = timePhase('crossfilter', () => createCrossfilterModel(table, participants));
  const data = { name, view, table, model, columns, store, ui, describeRun: identify.describeRun, panel, ...(qa ? { qa: { state: qa, view: name, mountPanel: tools.mountQaPanel } } : {}) };
  const showCount = (selected: number, total: number) => {
    shell.counter.textContent = counterText(selected, total);
    announce(shell.counter.textContent);
  };
  const onExportError = (chart: string, error: unknown) => (shell.status.textContent = appMessages.exportFailed(chart, describeCause(error)));
  return { mount: () => mountDashboard(shell.grid, data, showCount, onError, onExportError), model };
}

/**
 * Reads whole runs for the run panel once the database is open (null before:
 * the panel says so and shows the run again when it opens); the statements
 * are prepared on the first read (the database stays open for the page's life).
 */
function lazyRunReader({ database, manifest }: ViewSources): { read: ReadRun; readable: Promise<unknown> } {
  let db: Database | undefined;
  let read: ReadRun | undefined;
  const readable = database.then((opened) => (db = opened));
  readable.catch(() => undefined);
  return { read: (run) => (db ? (read ??= createRunReader(db, manifest.columns).read)(run) : null), readable };
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
