/** The page's fixed parts: header (title, view selector, counter, reset), status line, problems, chart grid. */
export interface AppShell {
  title: HTMLElement;
  viewSelect: HTMLSelectElement;
  /** The live count, updated on every redraw (not announced). */
  counter: HTMLElement;
  /** Screen-reader-only copy of the count, announced politely once it settles. */
  announcer: HTMLElement;
  reset: HTMLButtonElement;
  description: HTMLElement;
  progress: HTMLProgressElement;
  status: HTMLElement;
  problems: HTMLElement;
  grid: HTMLElement;
}

/** Builds the shell inside `root` (replacing its content). */
export function createAppShell(root: HTMLElement): AppShell {
  const header = make('header', 'app-header');
  const brand = make('div', 'brand');
  const logo = make('span', 'logo');
  logo.textContent = 'RunLens';
  const title = make('h1', 'view-title');
  brand.append(logo, title);
  const controls = make('div', 'controls');
  const label = make('label', 'view-label');
  label.textContent = 'View ';
  const viewSelect = make('select', 'view-select');
  viewSelect.setAttribute('aria-label', 'View');
  label.append(viewSelect);
  // A plain span: an <output> is a live region and would be announced on every frame of a brush.
  const counter = make('span', 'counter');
  const announcer = make('p', 'sr-only');
  announcer.setAttribute('aria-live', 'polite');
  const reset = make('button', 'reset');
  reset.type = 'button';
  reset.textContent = 'Reset all';
  controls.append(label, counter, reset);
  header.append(brand, controls);
  const description = make('p', 'view-description');
  const progress = make('progress', 'load-progress');
  const status = make('p', 'status');
  const problems = make('ul', 'problems');
  const grid = make('main', 'chart-grid');
  root.replaceChildren(header, announcer, description, progress, status, problems, grid);
  return { title, viewSelect, counter, announcer, reset, description, progress, status, problems, grid };
}

/** Replaces the view selector's options by `names`, selecting `current`. */
export function setViewOptions(select: HTMLSelectElement, names: readonly string[], current: string): void {
  select.replaceChildren(
    ...names.map((name) => {
      const option = document.createElement('option');
      option.value = name;
      option.textContent = name;
      option.selected = name === current;
      return option;
    }),
  );
}

/** Lists problems as text lines (`$.charts[1].x: names …`). */
export function showProblems(list: HTMLElement, heading: string, lines: readonly string[]): void {
  const items = [heading, ...lines].map((line, index) => {
    const item = document.createElement('li');
    item.textContent = line;
    if (index === 0) item.className = 'problems-heading';
    return item;
  });
  list.replaceChildren(...items);
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
