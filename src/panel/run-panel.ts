import type { DescribeRun } from '../charts/chart-view';
import type { ColumnMeta } from '../contract/data-contract';
import type { ReadRun } from '../data/read-run';
import type { UiStore } from '../state/ui-store';
import { groupBySource } from './group-by-source';
import { panelTexts } from './panel-texts';
import { runValueSections } from './run-values';
import { rowOfRun, selectionPosition, stepRow } from './step-run';

/**
 * Extension point: a section of the run panel drawn by another feature (e.g.
 * histogram layouts). The panel gives each section an empty container under
 * a heading `title`, calls `render(container, run)` whenever it shows a run,
 * and calls the cleanup `render` returned before it shows another run,
 * closes, or is disposed. A section draws with textContent and owns nothing
 * outside its container.
 */
export interface RunPanelSection {
  /** Heading shown above the section. */
  title: string;
  /** Draws the section for `run` into `container`; returns its cleanup. */
  render(container: HTMLElement, run: number): () => void;
}

/** What the run panel reads: UI state (openRun), the data, the selection, and optional extras. */
export interface RunPanelNeeds {
  ui: UiStore;
  /** Every column of a run (src/data/read-run.ts); null while the data is still loading. */
  readRun: ReadRun;
  /** Settles when readRun can read (the database is open); the run shown meanwhile is shown again then. Absent: readable from the start. */
  readable?: Promise<unknown>;
  /** The data's columns (the manifest's), for titles, units and sources. */
  columns: readonly ColumnMeta[];
  /** Source names in the manifest's order. */
  sources: readonly string[];
  /** Runs of the view's table, ascending: row order. */
  runs: ArrayLike<number>;
  /** True when a row passes every filter (the crossfilter model's isSelected). */
  isSelected(row: number): boolean;
  /** Status provider (see DescribeRun); absent: no status block. */
  describeRun?: DescribeRun;
  /** Extra sections (see RunPanelSection), drawn after the values in this order. */
  sections?: readonly RunPanelSection[];
}

export interface RunPanel {
  /** Updates what depends on the selection (position, previous/next); call after each redraw. */
  refresh(): void;
  dispose(): void;
}

const KEY_STEPS: Readonly<Record<string, 1 | -1>> = { ArrowLeft: -1, ArrowRight: 1 };

/**
 * The run panel in `host`: shown while `ui.openRun` is a run, hidden when it
 * is null. It lists every column of the run grouped by source, exactly;
 * the run's status and findings when a provider is given; previous / next
 * run within the current selection (buttons, ←/→ keys); a close button and
 * Escape. Moving or closing writes `openRun`, so a permalink can carry it.
 */
export function createRunPanel(host: HTMLElement, needs: RunPanelNeeds): RunPanel {
  const groups = groupBySource(needs.columns, needs.sources);
  const count = needs.runs.length;
  let cleanups: (() => void)[] = [];
  let shownRun: number | null = null;
  let returnFocus: HTMLElement | SVGElement | null = null;
  const buttons = { previous: button(panelTexts.previous), next: button(panelTexts.next), close: button(panelTexts.close) };
  const position = document.createElement('p');
  position.className = 'run-position';
  host.classList.add('run-panel');
  host.tabIndex = -1;
  host.hidden = true;

  const rowOpen = () => (shownRun === null ? -1 : rowOfRun(needs.runs, shownRun));
  const step = (direction: 1 | -1) => {
    const row = rowOpen();
    const next = stepRow(row < 0 ? (direction > 0 ? -1 : count) : row, direction, count, needs.isSelected);
    if (next >= 0) needs.ui.set({ openRun: needs.runs[next] });
  };
  const close = () => needs.ui.set({ openRun: null });
  const refresh = () => {
    const row = rowOpen();
    const { position: at, selected } = selectionPosition(row, count, needs.isSelected);
    position.textContent = panelTexts.position(at, selected);
    buttons.previous.disabled = stepRow(row < 0 ? count : row, -1, count, needs.isSelected) < 0;
    buttons.next.disabled = stepRow(row, 1, count, needs.isSelected) < 0;
  };
  const clearSections = () => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  };
  const heading = document.createElement('h2');
  const top = document.createElement('header');
  top.className = 'run-panel-header';
  const nav = document.createElement('div');
  nav.className = 'run-panel-nav';
  nav.append(buttons.previous, buttons.next, buttons.close);
  top.append(heading, position, nav);
  // The header stays in place while the run changes, so a focused button keeps the focus.
  const content = document.createElement('div');
  content.className = 'run-panel-content';
  const show = (run: number | null) => {
    clearSections();
    const wasOpen = shownRun !== null;
    shownRun = run;
    if (run === null) {
      const hadFocus = host.contains(document.activeElement);
      host.hidden = true;
      content.replaceChildren();
      delete host.dataset.run;
      if (wasOpen && hadFocus) returnFocus?.focus();
      return;
    }
    if (!wasOpen) returnFocus = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
    host.dataset.run = String(run);
    host.setAttribute('aria-label', panelTexts.heading(run));
    heading.textContent = panelTexts.heading(run);
    content.replaceChildren(...body(run));
    if (!host.contains(top)) host.replaceChildren(top, content);
    host.hidden = false;
    refresh();
    if (!wasOpen) host.focus();
  };
  const body = (run: number): HTMLElement[] => {
    const values = needs.readRun(run);
    if (values === null) return [paragraph('run-loading', panelTexts.loading(run))];
    if (!values) return [paragraph('run-unknown', panelTexts.unknownRun(run))];
    const row = rowOfRun(needs.runs, run);
    const description = row >= 0 ? needs.describeRun?.(row) : undefined;
    const parts: HTMLElement[] = [];
    if (description) parts.push(statusBlock(description.status, description.findings));
    parts.push(...runValueSections(groups, values));
    for (const section of needs.sections ?? []) parts.push(extraSection(section, run));
    return parts;
  };
  const extraSection = (section: RunPanelSection, run: number) => {
    const wrapper = document.createElement('section');
    wrapper.className = 'run-extra';
    const heading = document.createElement('h3');
    heading.textContent = section.title;
    const container = document.createElement('div');
    wrapper.append(heading, container);
    cleanups.push(section.render(container, run));
    return wrapper;
  };

  buttons.previous.addEventListener('click', () => step(-1));
  buttons.next.addEventListener('click', () => step(1));
  buttons.close.addEventListener('click', close);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (KEY_STEPS[event.key] && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      step(KEY_STEPS[event.key]);
    }
  };
  host.addEventListener('keydown', onKey);
  const unsubscribe = needs.ui.subscribe((state, changed) => {
    if (changed.has('openRun')) show(state.openRun);
  });
  show(needs.ui.get().openRun);
  let disposed = false;
  // The values shown as loading are shown once readable (the header, position and focus stay).
  void needs.readable?.then(() => {
    if (disposed || shownRun === null || !content.querySelector('.run-loading')) return;
    clearSections();
    content.replaceChildren(...body(shownRun));
  }, () => undefined);
  return {
    refresh: () => shownRun !== null && refresh(),
    dispose() {
      disposed = true;
      unsubscribe();
      host.removeEventListener('keydown', onKey);
      clearSections();
      host.replaceChildren();
      host.hidden = true;
    },
  };
}

function button(text: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = text;
  return node;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const node = document.createElement('p');
  node.className = className;
  node.textContent = text;
  return node;
}

function statusBlock(status: string, findings: readonly string[]): HTMLElement {
  const block = document.createElement('section');
  block.className = 'run-status';
  block.append(paragraph('run-status-line', panelTexts.status(status)));
  if (findings.length) {
    const list = document.createElement('ul');
    list.append(
      ...findings.map((finding) => {
        const item = document.createElement('li');
        item.textContent = finding;
        return item;
      }),
    );
    block.append(list);
  }
  return block;
}
