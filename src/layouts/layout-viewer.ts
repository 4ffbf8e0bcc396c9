import type { LayoutSpec } from '../view/layout-file';
import type { HistogramSource } from './fetch-histograms';
import type { CompareMode } from './histogram-math';
import { createLayoutGrid, type LayoutGrid } from './layout-grid';
import { layoutMessages } from './layout-messages';
import type { Jsroot } from './load-jsroot';

/** What the viewer is asked to show. */
export interface ViewerRequest {
  run: number | null;
  /** Layout name; null or unknown: the first layout. */
  layout: string | null;
  /** Reference run overlaid, or null for none. */
  reference: number | null;
  compare: CompareMode;
}

export interface LayoutViewerDeps {
  layouts: readonly LayoutSpec[];
  source: HistogramSource;
  jsroot: () => Promise<Jsroot>;
  /** A tab was chosen. */
  onLayout: (name: string) => void;
}

/** Tabs (one per layout), a status line and the open layout's grid, inside `container`. */
export interface LayoutViewer {
  readonly root: HTMLElement;
  /** Shows the request; resolves once painted (a later call wins over one still loading). */
  show(request: ViewerRequest): Promise<void>;
  dispose(): void;
}

/**
 * Builds the viewer. Each show fetches the run's (and the reference run's)
 * file, loads jsroot on first use, and draws into the open layout's pads,
 * reused from run to run. Marks `runlens:layout-json` when the run's JSON has
 * arrived and `runlens:layout-painted` when every pad is painted (measure
 * `runlens:layout`), and sets `data-state="painted"` and `data-run`.
 */
export function createLayoutViewer(container: HTMLElement, deps: LayoutViewerDeps): LayoutViewer {
  const root = make('div', 'layout-viewer');
  const tabs = make('div', 'layout-tabs');
  tabs.setAttribute('role', 'tablist');
  tabs.setAttribute('aria-label', layoutMessages.heading());
  const status = make('p', 'layout-status');
  status.setAttribute('role', 'status'); // announced politely when a run is drawn (the page's count has its own announcer)
  const body = make('div', 'layout-body');
  body.setAttribute('role', 'tabpanel');
  body.tabIndex = 0;
  root.append(tabs, status, body);
  container.append(root);
  const buttons = deps.layouts.map((layout) => tabButton(layout.name, () => deps.onLayout(layout.name)));
  tabs.append(...buttons);
  tabs.addEventListener('keydown', (event) => moveBetweenTabs(event, buttons));
  let grid: LayoutGrid | undefined;
  let latest = 0;
  const say = (text: string, state: string) => {
    status.textContent = text;
    root.dataset.state = state;
  };
  return {
    root,
    async show(request) {
      const mine = ++latest;
      const layout = deps.layouts.find((l) => l.name === request.layout) ?? deps.layouts[0];
      if (!layout) return say(layoutMessages.noLayouts(), 'empty');
      buttons.forEach((b) => b.setAttribute('aria-selected', String(b.textContent === layout.name)));
      for (const b of buttons) b.tabIndex = b.textContent === layout.name ? 0 : -1;
      if (request.run === null) return say(layoutMessages.chooseRun(), 'empty');
      const run = request.run;
      root.dataset.state = 'loading';
      try {
        const index = await deps.source.index();
        if (mine !== latest) return;
        if (!index) return say(layoutMessages.noIndex(deps.source.url('index.json')), 'error');
        performance.clearMarks('runlens:layout-json');
        const histograms = await deps.source.run(run, () => performance.mark('runlens:layout-json'));
        const reference = request.reference === null ? null : { run: request.reference, histograms: await deps.source.run(request.reference) };
        const jsroot = await deps.jsroot();
        if (mine !== latest) return;
        if (grid?.layout !== layout) {
          grid?.dispose();
          grid = createLayoutGrid(body, layout, jsroot, (error) => say(layoutMessages.drawFailed(layout.name, String(error)), 'error'));
        }
        await grid.show({ run, histograms }, reference, request.compare);
        if (mine !== latest) return;
        markPainted();
        root.dataset.run = String(run);
        const notes = [histograms ? layoutMessages.showing(run, reference?.run ?? null) : layoutMessages.noRunFile(run)];
        if (reference && !reference.histograms) notes.push(layoutMessages.noReferenceFile(reference.run));
        say(notes.join(' '), 'painted');
      } catch (error) {
        if (mine === latest) say(layoutMessages.loadFailed(deps.source.url(`${run}.json`), error instanceof Error ? error.message : String(error)), 'error');
      }
    },
    dispose() {
      latest++;
      grid?.dispose();
      root.remove();
    },
  };
}

/** Keeps only the latest layout timing: JSON arrived → every pad painted. */
function markPainted(): void {
  performance.clearMarks('runlens:layout-painted');
  performance.clearMeasures('runlens:layout');
  performance.mark('runlens:layout-painted');
  if (performance.getEntriesByName('runlens:layout-json').length > 0) performance.measure('runlens:layout', 'runlens:layout-json', 'runlens:layout-painted');
}

function tabButton(name: string, choose: () => void): HTMLButtonElement {
  const button = make('button', 'layout-tab');
  button.type = 'button';
  button.setAttribute('role', 'tab');
  button.textContent = name;
  button.addEventListener('click', choose);
  return button;
}

/** Arrow keys move between tabs (and choose them), as the ARIA tabs pattern has it. */
function moveBetweenTabs(event: KeyboardEvent, buttons: readonly HTMLButtonElement[]): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  event.stopPropagation();
  const next = buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
  next.focus();
  next.click();
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
