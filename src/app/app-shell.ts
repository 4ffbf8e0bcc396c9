/** The page's fixed parts: header (title, view selector, counter, reset), status line, problems, chart grid. */
export interface AppShell {
  title: HTMLElement;
  viewSelect: HTMLSelectElement;
  /** The live count, updated on every redraw (not announced). */
  counter: HTMLElement;
  /** Screen-reader-only copy of the count, announced politely once it settles. */
  announcer: HTMLElement;
  reset: HTMLButtonElement;
  /** Copies the address (the permalink) to the clipboard. */
  copyLink: HTMLButtonElement;
  /** The link as selected text, shown when the clipboard refuses it. */
  linkField: HTMLInputElement;
  /** Says whether the link was copied. */
  linkNote: HTMLElement;
  description: HTMLElement;
  progress: HTMLProgressElement;
  status: HTMLElement;
  problems: HTMLElement;
  /** The data's columns, listed when a view does not fit the data. */
  columns: HTMLDetailsElement;
  grid: HTMLElement;
  /** The run panel (src/panel/run-panel.ts), hidden while no run is open. */
  panel: HTMLElement;
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
  const copyLink = make('button', 'copy-link');
  copyLink.type = 'button';
  copyLink.textContent = 'Copy link';
  const linkField = make('input', 'link-field');
  linkField.readOnly = true;
  linkField.hidden = true;
  linkField.setAttribute('aria-label', 'Link to this state');
  const linkNote = make('span', 'link-note');
  linkNote.setAttribute('role', 'status');
  controls.append(label, counter, reset, copyLink, linkField, linkNote);
  header.append(brand, controls);
  const description = make('p', 'view-description');
  const progress = make('progress', 'load-progress');
  const status = make('p', 'status');
  const problems = make('ul', 'problems');
  const columns = make('details', 'data-columns');
  columns.hidden = true;
  const grid = make('main', 'chart-grid');
  const panel = make('aside', 'run-panel');
  panel.hidden = true;
  root.replaceChildren(header, announcer, description, progress, status, problems, columns, grid, panel);
  return { title, viewSelect, counter, announcer, reset, copyLink, linkField, linkNote, description, progress, status, problems, columns, grid, panel };
}

/** Replaces the view selector's options by `views` (value: name, label: title), selecting `current`. */
export function setViewOptions(select: HTMLSelectElement, views: readonly { name: string; title: string }[], current: string): void {
  select.replaceChildren(
    ...views.map(({ name, title }) => {
      const option = document.createElement('option');
      option.value = name;
      option.textContent = title || name;
      option.selected = name === current;
      return option;
    }),
  );
}

/** Lists the data's columns (name, SQL type, title and unit) under `heading`, as text; `open` unfolds the list. */
export function showColumns(details: HTMLDetailsElement, heading: string, columns: readonly { name: string; sqlType: string; title: string; unit: string }[], open: boolean): void {
  const summary = document.createElement('summary');
  summary.textContent = heading;
  const list = document.createElement('ul');
  list.append(
    ...columns.map((column) => {
      const item = document.createElement('li');
      const name = document.createElement('code');
      name.textContent = column.name;
      const about = [column.sqlType, column.title !== column.name ? column.title : '', column.unit ? `[${column.unit}]` : ''].filter(Boolean).join(' · ');
      item.append(name, ` ${about}`);
      return item;
    }),
  );
  details.replaceChildren(summary, list);
  details.open = open;
  details.hidden = false;
}

/** Hides and empties the column list. */
export function hideColumns(details: HTMLDetailsElement): void {
  details.replaceChildren();
  details.hidden = true;
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
