import type { CategoricalColumn, NumericColumn, TypedTable } from '../../src/data/typed-table';
import { catalogFromTable } from '../../src/expr/column-table';
import { TRUE } from '../../src/expr/logic';
import { compileRules } from '../../src/flags/compile-rules';
import { evaluateRules } from '../../src/flags/evaluate-rules';
import { resolveReference } from '../../src/flags/reference-set';
import { ROW_HEIGHT } from '../../src/table/outlier-table';
import { keepRows, sortRows } from '../../src/table/sort-rows';
import { tableColumns } from '../../src/table/table-columns';
import { visibleWindow } from '../../src/table/visible-window';
import { median } from './median';
import { benchRuleSet, benchTable } from './rules-table';

export interface TableFigures {
  runs: number;
  /** Re-sort of every run by one column (median of `repeats`), by column kind. */
  sortMs: { number: number; text: number; status: number; rules: number };
  /** The runs passing the filters (half of them) in sorted order, median. */
  keepMs: number;
  /** Simulated scroll through the whole table: per step, the row window and every visible cell's text (no DOM). */
  scroll: { steps: number; medianMs: number; maxMs: number; over16: number; rowsDrawn: number; textChars: number };
}

/**
 * Times the outlier table's data work at `runs` runs on the rule bench's
 * generated table: re-sorting by a number, a text, the status and the rules
 * fired; filtering the sorted order; and a scroll's per-frame work (window
 * plus cell texts). The DOM part of a frame is not measured here.
 */
export function timeTable(options: { runs: number; repeats?: number; now: () => number }): TableFigures {
  const { runs, now } = options;
  const repeats = options.repeats ?? 5;
  const source = benchTable(runs);
  const compiled = compileRules(benchRuleSet(), catalogFromTable(source));
  const resolved = resolveReference({ kind: 'all', groupBy: 'rct.period' }, source);
  if (!resolved.ok) throw new Error(resolved.problems[0].message);
  const evaluation = evaluateRules(compiled, source, resolved.reference);
  const table = typedTable(source);
  const firedRules = (row: number) => evaluation.rules.filter((r) => r.fired[row] === TRUE).map((r) => r.name);
  const columns = tableColumns(['rct.period', ...[...source.numbers.keys()].filter((n) => n !== 'run')], { table, status: () => evaluation.status, firedRules });
  const time = (work: () => unknown) => median(Array.from({ length: repeats }, () => {
    const t = now();
    work();
    return now() - t;
  }));
  const byId = (id: string) => columns.find((c) => c.id === id)!;
  const numberColumn = columns.find((c) => c.kind === 'number')!;
  const sortMs = {
    number: time(() => sortRows(runs, numberColumn.sortKey(), 'desc')),
    text: time(() => sortRows(runs, byId('rct.period').sortKey(), 'asc')),
    status: time(() => sortRows(runs, byId('status').sortKey(), 'desc')),
    rules: time(() => sortRows(runs, byId('rules fired').sortKey(), 'asc')),
  };
  const order = sortRows(runs, numberColumn.sortKey(), 'asc');
  const keepMs = time(() => keepRows(order, (row) => (row & 1) === 0));
  const shown = keepRows(order, (row) => (row & 1) === 0);
  const viewport = 420;
  const stepPx = Math.max(ROW_HEIGHT, Math.ceil((shown.length * ROW_HEIGHT) / 2000));
  const steps: number[] = [];
  let rowsDrawn = 0;
  // Summed and returned so the cell texts are really computed.
  let textChars = 0;
  for (let top = 0; top < shown.length * ROW_HEIGHT; top += stepPx) {
    const t = now();
    const window = visibleWindow({ scrollTop: top, viewportHeight: viewport, rowHeight: ROW_HEIGHT, rowCount: shown.length, overscan: 8 });
    let chars = 0;
    for (let i = window.first; i < window.last; i++) for (const column of columns) chars += column.text(shown[i]).length;
    steps.push(now() - t);
    rowsDrawn = Math.max(rowsDrawn, window.last - window.first);
    textChars += chars;
  }
  return { runs, sortMs, keepMs, scroll: { steps: steps.length, medianMs: median(steps), maxMs: Math.max(...steps), over16: steps.filter((ms) => ms > 16).length, rowsDrawn, textChars } };
}

/** The figures as the bench prints them. */
export function formatTableFigures(f: TableFigures): string[] {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return [
    `table: outlier table at ${f.runs.toLocaleString('en-US')} runs (data work only; the DOM part of a frame is not measured in this part)`,
    `  re-sort all runs: by a number ${ms(f.sortMs.number)}, by period ${ms(f.sortMs.text)}, by status ${ms(f.sortMs.status)}, by rules fired ${ms(f.sortMs.rules)} (median)`,
    `  sorted runs passing the filters (half): ${ms(f.keepMs)}`,
    `  scroll through the table in ${f.scroll.steps} steps: window + cell texts per step median ${f.scroll.medianMs.toFixed(3)} ms, max ${ms(f.scroll.maxMs)}, steps over 16 ms: ${f.scroll.over16}; rows in the page at once: ${f.scroll.rowsDrawn}`,
  ];
}

function typedTable(source: ReturnType<typeof benchTable>): TypedTable {
  const numbers = new Map<string, NumericColumn>([...source.numbers].map(([name, c]) => [name, { kind: 'numeric', name, values: c.values }]));
  const categories = new Map<string, CategoricalColumn>([...source.categories].map(([name, c]) => [name, { kind: 'categorical', name, codes: c.codes, dictionary: [...c.dictionary] }]));
  return { size: source.size, run: source.numbers.get('run')!.values, numbers, categories };
}
