import type { TableColumn } from './table-columns';
import { visibleText } from '../charts/visible-text';
import { element as node } from './element';
import { tableTexts } from './table-texts';

/** One row element of the outlier table, reused for whichever run it shows. */
export interface TableRow {
  element: HTMLElement;
  /** Shows data row `row` at `top` px, expanded with `detail` lines or not; writes only what changed. */
  show(row: number, isExpanded: boolean, top: number, detail: readonly string[]): void;
}

/**
 * A table row: a grid of one cell per column (the run cell holds the
 * expand toggle, the status cell a chip). The table keeps a few of these and
 * moves them as it scrolls and filters, so a brush step changes the text of
 * some cells instead of building some 300 elements that the browser would
 * style and lay out afresh. `run` gives a data row's run number (the
 * row's data-run). Every data string goes in as text.
 */
export function createTableRow(columns: readonly TableColumn[], template: string, run: Float64Array, onToggle: (row: number) => void): TableRow {
  const element = node('div', 'table-row');
  element.setAttribute('role', 'row');
  const cells = node('div', 'table-cells');
  cells.style.gridTemplateColumns = template;
  let shown = -1;
  let top = NaN;
  let expanded = false;
  let detailShown: readonly string[] = [];
  let list: HTMLElement | undefined;
  const toggle = node('button', 'table-expand');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.textContent = '▸';
  toggle.addEventListener('click', () => onToggle(shown));
  const writers = columns.map((column) => {
    const cell = node('span', `table-cell cell-${column.kind}`);
    cell.setAttribute('role', 'cell');
    cell.dataset.column = column.id;
    cells.append(cell);
    let text: string | undefined;
    if (column.kind === 'run') {
      const label = document.createTextNode('');
      cell.append(toggle, label);
      return (row: number) => {
        const next = column.text(row);
        if (next === text) return;
        text = next;
        label.data = ` ${next}`;
        toggle.setAttribute('aria-label', tableTexts.explain(next));
      };
    }
    if (column.kind === 'status') {
      const chip = node('span', 'status-chip');
      cell.append(chip);
      return (row: number) => {
        const next = column.text(row);
        if (next === text) return;
        text = next;
        chip.className = `status-chip status-${next}`;
        chip.textContent = next;
      };
    }
    return (row: number) => {
      const next = column.text(row);
      if (next === text) return;
      text = next;
      // Category values are data: shown with their invisible characters marked (visibleText), like chart labels.
      cell.textContent = column.kind === 'text' ? visibleText(next) : next;
      if (column.kind === 'rules') cell.title = next;
    };
  });
  element.append(cells);
  return {
    element,
    show(row, isExpanded, at, detail) {
      if (row !== shown) element.dataset.run = String(run[row]);
      shown = row;
      for (const write of writers) write(row);
      if (at !== top) element.style.top = `${(top = at)}px`;
      if (isExpanded !== expanded || (isExpanded && detail !== detailShown)) {
        expanded = isExpanded;
        detailShown = detail;
        toggle.setAttribute('aria-expanded', String(isExpanded));
        toggle.textContent = isExpanded ? '▾' : '▸';
        list?.remove();
        list = isExpanded ? detailList(detail) : undefined;
        if (list) element.append(list);
      }
    },
  };
}

function detailList(lines: readonly string[]): HTMLElement {
  const list = node('ul', 'table-detail');
  for (const text of lines) {
    const item = node('li', 'detail-line');
    item.textContent = text;
    list.append(item);
  }
  return list;
}
