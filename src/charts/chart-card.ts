import type { ColumnMeta } from '../contract/data-contract';
import { visibleText } from './visible-text';

/** The frame every chart draws into: title, a filter note, the body and a footer note. */
export interface ChartCard {
  root: HTMLElement;
  body: HTMLElement;
  /** Shows the chart's current filter (e.g. `runs 285012–290221`). */
  filterNote: HTMLElement;
  /** The line under the title (what is drawn against what); change it with setSubtitle. */
  subtitle: HTMLElement;
  /** Buttons acting on the chart (export), at the end of the header. */
  tools: HTMLElement;
  footer: HTMLElement;
}

/**
 * Creates a card with `data-chart="<id>"` and appends it to `parent`. Title
 * and subtitle are data text: shown visibly (visibleText), isolated for
 * direction and cut to one line by CSS, the whole in their title attribute.
 */
export function createChartCard(parent: HTMLElement, id: string, title: string, subtitle: string): ChartCard {
  const root = element('section', 'chart-card');
  root.dataset.chart = id;
  const header = element('header', 'chart-header');
  const heading = element('h2', 'chart-title');
  heading.textContent = visibleText(title);
  heading.title = visibleText(title);
  const filterNote = element('span', 'chart-filter');
  const tools = element('span', 'chart-tools');
  header.append(heading, filterNote, tools);
  const sub = element('p', 'chart-subtitle');
  setSubtitle(sub, subtitle);
  const body = element('div', 'chart-body');
  const footer = element('footer', 'chart-footer');
  root.append(header, sub, body, footer);
  parent.append(root);
  return { root, body, filterNote, subtitle: sub, tools, footer };
}

/** Shows `text` (data text, made visible) as a card's subtitle, the whole in its title attribute. */
export function setSubtitle(node: HTMLElement, text: string): void {
  node.textContent = visibleText(text);
  node.title = visibleText(text);
}

/** Marks a column whose values the browser holds only rounded (64-bit integers beyond ±2^53). */
export const APPROXIMATE_MARK = ' ≈';

/** Short axis label for a column: its name and unit (`tpc.dcar[0] [cm]`), ` ≈` when the browser's values are rounded. */
export function columnLabel(name: string, columns: ReadonlyMap<string, ColumnMeta>): string {
  const meta = columns.get(name);
  return `${name}${meta?.unit ? ` [${meta.unit}]` : ''}${approximate(meta)}`;
}

/** Axis label for a column: its name, plus unit, ` ≈` when rounded, and title from the data's `columns` table when known. */
export function axisLabel(name: string, columns: ReadonlyMap<string, ColumnMeta>): string {
  const meta = columns.get(name);
  const title = meta?.title && meta.title !== name ? ` — ${meta.title}` : '';
  return `${columnLabel(name, columns)}${title}`;
}

function approximate(meta: ColumnMeta | undefined): string {
  return meta && !meta.exactInBrowser ? APPROXIMATE_MARK : '';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
