import type { UiKey, UiStore } from '../state/ui-store';
import type { ViewSpec } from '../view/view-spec';
import type { HistogramSource } from './fetch-histograms';
import { layoutMessages } from './layout-messages';
import type { LayoutViewer, ViewerRequest } from './layout-viewer';
import type { Jsroot } from './load-jsroot';
import { runsToStep, stepRun } from './step-run';

/** The runs of the current view and which pass every filter (the crossfilter model's isSelected), rows in run order. */
export interface RunSelection {
  runs: ArrayLike<number>;
  isSelected(row: number): boolean;
}

export interface LayoutPanelDeps {
  ui: UiStore;
  source: HistogramSource;
  jsroot: () => Promise<Jsroot>;
}

/** The page's Histograms panel: run and reference fields, overlay and comparison choices, the layout viewer. */
export interface LayoutPanel {
  readonly root: HTMLElement;
  /** The view shown (null: none) and its selection; the panel hides itself for a view without layouts. */
  setView(view: ViewSpec | null, selection: RunSelection | null): void;
  /** The run after (1) or before (−1) the open one among the selected runs that have histograms (opened; null at an end). */
  step(direction: 1 | -1): Promise<number | null>;
  /** Scrolls the panel into view and focuses the open layout (where ←/→ step through the selection). */
  reveal(): void;
  dispose(): void;
}

const WATCHED: readonly UiKey[] = ['openRun', 'layout', 'referenceRun', 'overlay', 'compare'];

/**
 * Builds the panel in `parent`. State lives in the UI store (openRun,
 * layout, referenceRun, overlay, compare): the fields write it, the viewer
 * draws from it. Left and right arrow keys (outside the fields and tabs)
 * step through the selection.
 */
export function createLayoutPanel(parent: HTMLElement, deps: LayoutPanelDeps): LayoutPanel {
  const { ui } = deps;
  const root = make('section', 'layout-panel');
  root.setAttribute('aria-labelledby', 'layout-panel-heading');
  root.hidden = true;
  const heading = make('h2', 'layout-heading');
  heading.id = 'layout-panel-heading';
  heading.textContent = layoutMessages.heading();
  heading.tabIndex = -1; // focused by reveal() until the viewer is loaded
  const run = numberField(layoutMessages.runLabel(), 'layout-run');
  const reference = numberField(layoutMessages.referenceLabel(), 'layout-reference');
  const previous = button(layoutMessages.previous(), 'layout-previous');
  const next = button(layoutMessages.next(), 'layout-next');
  const overlay = checkbox(layoutMessages.overlayLabel(), 'layout-overlay');
  const compare = compareSelect();
  const controls = make('div', 'layout-controls');
  controls.append(run.label, previous, next, reference.label, overlay.label, compare.label);
  const keys = make('p', 'layout-keys');
  keys.textContent = layoutMessages.keys();
  const host = make('div', 'layout-host');
  root.append(heading, controls, host, keys);
  parent.append(root);
  let view: ViewSpec | null = null;
  let selection: RunSelection | null = null;
  let viewer: LayoutViewer | undefined;
  let shown = 0;
  const request = (): ViewerRequest => {
    const s = ui.get();
    return { run: s.openRun, layout: s.layout, reference: s.overlay ? (s.referenceRun ?? view?.referenceRun ?? null) : null, compare: s.compare };
  };
  const render = () => {
    const s = ui.get();
    run.input.value = s.openRun === null ? '' : String(s.openRun);
    reference.input.value = s.referenceRun === null ? '' : String(s.referenceRun);
    reference.input.placeholder = view?.referenceRun == null ? '' : String(view.referenceRun);
    overlay.input.checked = s.overlay;
    compare.select.value = s.compare;
    void viewer?.show(request());
  };
  const step = async (direction: 1 | -1): Promise<number | null> => {
    const index = await deps.source.index();
    if (!selection || !index) return null;
    const have = new Set(index.runs.map((r) => r.run));
    const to = stepRun(runsToStep(selection.runs, selection.isSelected, (r) => have.has(r)), ui.get().openRun, direction);
    if (to === null) viewer?.root.querySelector('.layout-status')?.replaceChildren(layoutMessages.endOfSelection(direction));
    else ui.set({ openRun: to });
    return to;
  };
  run.input.addEventListener('change', () => ui.set({ openRun: toRun(run.input.value) }));
  reference.input.addEventListener('change', () => ui.set({ referenceRun: toRun(reference.input.value) }));
  overlay.input.addEventListener('change', () => ui.set({ overlay: overlay.input.checked }));
  compare.select.addEventListener('change', () => ui.set({ compare: compare.select.value === 'difference' ? 'difference' : 'ratio' }));
  previous.addEventListener('click', () => void step(-1));
  next.addEventListener('click', () => void step(1));
  root.addEventListener('keydown', (event) => {
    if ((event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') || isField(event.target)) return;
    event.preventDefault();
    void step(event.key === 'ArrowRight' ? 1 : -1);
  });
  const unsubscribe = ui.subscribe((_, changed) => {
    if (WATCHED.some((key) => changed.has(key))) render();
  });
  return {
    root,
    setView(nextView, nextSelection) {
      const mine = ++shown;
      viewer?.dispose();
      viewer = undefined;
      view = nextView;
      selection = nextSelection;
      root.hidden = !view || view.layouts.length === 0;
      render();
      if (!view || root.hidden) return;
      const layouts = view.layouts;
      // The viewer (tabs, pads, overlay arithmetic) is a chunk of its own, loaded with the first view that has layouts.
      void import('./layout-viewer').then(({ createLayoutViewer }) => {
        if (mine !== shown) return;
        viewer = createLayoutViewer(host, { layouts, source: deps.source, jsroot: deps.jsroot, onLayout: (name) => ui.set({ layout: name }) });
        render();
      });
    },
    step,
    reveal() {
      root.scrollIntoView({ block: 'start' });
      const body = viewer?.root.querySelector<HTMLElement>('.layout-body');
      (body ?? heading).focus({ preventScroll: true });
    },
    dispose() {
      unsubscribe();
      viewer?.dispose();
      root.remove();
    },
  };
}

/** A run number typed in a field: a whole number ≥ 0, else null (the field emptied or not a run). */
export function toRun(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,15}$/.test(trimmed)) return null;
  return Number(trimmed);
}

function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, select, textarea, [role="tab"]') || target.isContentEditable);
}

function numberField(text: string, className: string): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = make('label', `${className}-label`);
  const input = make('input', className);
  input.type = 'text';
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  input.size = 8;
  label.append(`${text} `, input);
  return { label, input };
}

function checkbox(text: string, className: string): { label: HTMLLabelElement; input: HTMLInputElement } {
  const label = make('label', `${className}-label`);
  const input = make('input', className);
  input.type = 'checkbox';
  label.append(input, ` ${text}`);
  return { label, input };
}

function compareSelect(): { label: HTMLLabelElement; select: HTMLSelectElement } {
  const label = make('label', 'layout-compare-label');
  const select = make('select', 'layout-compare');
  for (const value of ['ratio', 'difference']) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    select.append(option);
  }
  label.append(`${layoutMessages.compareLabel()} `, select);
  return { label, select };
}

function button(text: string, className: string): HTMLButtonElement {
  const node = make('button', className);
  node.type = 'button';
  node.textContent = text;
  return node;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
