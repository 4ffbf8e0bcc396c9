import type { ColumnMeta } from '../contract/data-contract';
import type { SourceGroup } from './group-by-source';
import { isMissingValue, MISSING_VALUE_CLASS, valueText, type RunValue } from './value-text';

/**
 * One section per source (`section.run-source[data-source]`), a table of its
 * columns: name, value (exact; `missing` styled when missing), unit, title.
 * Each row carries `data-column`; values are text (textContent).
 */
export function runValueSections(groups: readonly SourceGroup[], values: ReadonlyMap<string, RunValue>): HTMLElement[] {
  return groups.map(({ source, columns }) => {
    const section = document.createElement('section');
    section.className = 'run-source';
    section.dataset.source = source;
    const heading = document.createElement('h3');
    heading.textContent = source;
    const table = document.createElement('table');
    const body = document.createElement('tbody');
    body.append(...columns.map((column) => valueRow(column, values.get(column.name) ?? null)));
    table.append(body);
    section.append(heading, table);
    return section;
  });
}

function valueRow(column: ColumnMeta, value: RunValue): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.dataset.column = column.name;
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = column.name;
  const cell = cellOf('run-value', valueText(value));
  if (isMissingValue(value)) cell.classList.add(MISSING_VALUE_CLASS);
  row.append(name, cell, cellOf('run-unit', column.unit), cellOf('run-title', column.title !== column.name ? column.title : ''));
  return row;
}

function cellOf(className: string, text: string): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.className = className;
  cell.textContent = text;
  return cell;
}
