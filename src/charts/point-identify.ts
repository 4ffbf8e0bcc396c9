import { pointer, select } from 'd3';
import { numericColumn, type TypedTable } from '../data/typed-table';
import { stepRow } from '../panel/step-run';
import type { ChartCard } from './chart-card';
import type { ChartContext } from './chart-view';
import type { PlotFrame } from './plot-frame';
import { runSummaryLines, summaryCategories, summarySentence } from './run-summary';
import { createRunTooltip } from './run-tooltip';

/** What identifying a trend's or a scatter's points needs. */
export interface IdentifyNeeds {
  card: ChartCard;
  frame: PlotFrame;
  table: TypedTable;
  /** The chart's variables, shown in the tooltip. */
  fields: readonly string[];
  context: ChartContext;
  /** Points drawn dark: preferred by the hit test, stepped through by the arrow keys. */
  isShown(row: number): boolean;
  /** Where hover events arrive: the brush group over the plot. */
  target: SVGGElement;
}

/** Hover tooltips, a highlighted run moved by the keyboard, and clicks on points opening the run panel. */
export interface PointIdentify {
  /** A brush gesture that stayed a click, at its release `event`: opens the run under it; false when no point is there. */
  click(event: unknown): boolean;
  dispose(): void;
}

const KEY_STEPS: Readonly<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Makes the plot's points identifiable: hovering shows the nearest point's
 * run in a tooltip; the plot (its SVG) is focusable and the arrow keys move
 * a highlighted run to the previous / next shown point in run order, the
 * tooltip following and a live region reading it; Enter opens that run
 * (context.ui `openRun`), Escape closes it. The card gets `data-highlighted-run`;
 * the SVG carries its scales (`data-x-domain`, `data-x-range`, `data-y-domain`,
 * `data-y-range`) so tests can place the pointer on a run.
 */
export function identifyPoints({ card, frame, table, fields, context, isShown, target }: IdentifyNeeds): PointIdentify {
  const svg = frame.plot.ownerSVGElement!;
  exposeScales(svg, frame);
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-label', `${card.root.querySelector('.chart-title')?.textContent ?? 'chart'}: arrow keys move between runs, Enter opens the run, Escape closes it`);
  const live = document.createElement('p');
  live.className = 'sr-only run-announcer';
  // role=status is a polite live region of its own, apart from the page's count announcer.
  live.setAttribute('role', 'status');
  const tooltip = createRunTooltip(card.root);
  card.root.append(live);
  const marker = select(frame.plot).insert('circle', '.brush').attr('class', 'hit-marker').attr('r', 5).attr('visibility', 'hidden');
  const hits = frame.layer.hits;
  const categories = summaryCategories(table.categories.keys()).map((name) => table.categories.get(name)!);
  const values = fields.map((name) => ({ name, values: numericColumn(table, name)?.values }));
  const stepTo = (row: number) => hits.position(row) !== undefined && isShown(row);
  let highlighted = -1;

  const linesOf = (row: number) =>
    runSummaryLines({
      run: table.run[row],
      categories: categories.map((column) => ({ name: column.name, value: column.dictionary[column.codes[row]] })),
      values: values.map(({ name, values: column }) => ({ name, value: column ? column[row] : NaN })),
      columns: context.columns,
      description: context.describeRun?.(row),
    });
  const highlight = (row: number, announce: boolean) => {
    const at = hits.position(row);
    if (!at) return clear();
    highlighted = row;
    card.root.dataset.highlightedRun = String(table.run[row]);
    marker.attr('cx', at[0]).attr('cy', at[1]).attr('visibility', 'visible');
    const lines = linesOf(row);
    const origin = frame.layer.canvas.getBoundingClientRect();
    tooltip.show(lines, origin.left + at[0], origin.top + at[1]);
    if (announce) live.textContent = summarySentence(lines);
  };
  const clear = () => {
    highlighted = -1;
    delete card.root.dataset.highlightedRun;
    marker.attr('visibility', 'hidden');
    tooltip.hide();
  };
  const open = (row: number) => context.ui?.set({ openRun: table.run[row] });

  const onMove = (event: PointerEvent) => {
    if (event.buttons) return;
    const [x, y] = pointer(event, frame.plot);
    const row = hits.nearest(x, y, isShown);
    if (row < 0) clear();
    else if (row !== highlighted) highlight(row, false);
  };
  const onKey = (event: KeyboardEvent) => {
    const step = KEY_STEPS[event.key];
    if (step) {
      event.preventDefault();
      const next = stepRow(highlighted < 0 ? (step > 0 ? -1 : table.size) : highlighted, step, table.size, stepTo);
      if (next >= 0) highlight(next, true);
    } else if (event.key === 'Enter' && highlighted >= 0) {
      event.preventDefault();
      open(highlighted);
    } else if (event.key === 'Escape') {
      context.ui?.set({ openRun: null });
      clear();
    }
  };
  target.addEventListener('pointermove', onMove);
  target.addEventListener('pointerleave', clear);
  svg.addEventListener('keydown', onKey);
  svg.addEventListener('blur', tooltip.hide);
  return {
    click(event) {
      if (!(event instanceof MouseEvent)) return false;
      const [x, y] = pointer(event, frame.plot);
      const row = hits.nearest(x, y, isShown);
      if (row < 0) return false;
      highlight(row, false);
      open(row);
      return true;
    },
    dispose() {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerleave', clear);
      svg.removeEventListener('keydown', onKey);
      svg.removeEventListener('blur', tooltip.hide);
      tooltip.element.remove();
    },
  };
}

/** Writes the plot's scales onto its SVG as `lo,hi` pairs. */
function exposeScales(svg: SVGSVGElement, frame: PlotFrame): void {
  svg.dataset.xDomain = frame.x.domain().join(',');
  svg.dataset.xRange = frame.x.range().join(',');
  svg.dataset.yDomain = frame.y.domain().join(',');
  svg.dataset.yRange = frame.y.range().join(',');
}
