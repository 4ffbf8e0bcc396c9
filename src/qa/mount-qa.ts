import type { BandSegment, QaChartContext } from '../charts/qa-context';
import { packColour } from '../charts/point-layer';
import type { CrossfilterModel } from '../crossfilter/crossfilter-model';
import type { BandResult } from '../expr/band-cache';
import { STATUSES } from '../flags/flag-rule';
import type { FilterStore } from '../state/filter-store';
import type { UiStore } from '../state/ui-store';
import { createOutlierTable } from '../table/outlier-table';
import { keepRows } from '../table/sort-rows';
import { tableColumns } from '../table/table-columns';
import { bandSegments } from './band-segments';
import { downloadText } from './download-text';
import { explainRun } from './explain-run';
import { createExportPanel } from './export-panel';
import { exportColumns, exportSelection } from './export-selection';
import type { QaState } from './qa-state';
import { createRuleEditor } from './rule-editor';
import { STATUS_COLOURS, STATUS_RANK } from './status-colours';
import { createStatusChips } from './status-chips';
import { STATUS_ID, statusCounts } from './status-participant';

/** The QA panel of a mounted view: chips, rule editor, exports and the outlier table. */
export interface QaPanel {
  root: HTMLElement;
  /** What the charts draw from (trend colours and bands). */
  chart: QaChartContext;
  /** After the model applied the store's clauses: follows the selection when the reference is the selection. */
  sync(): void;
  /** Redraws chips and table from the model and the statuses. */
  redraw(): void;
  dispose(): void;
}

export interface QaPanelNeeds {
  qa: QaState;
  model: CrossfilterModel;
  store: FilterStore;
  ui: UiStore;
  /** The view's name (file name without .json), for export file names. */
  view: string;
  /** Asks the dashboard for a redraw of everything (after statuses changed). */
  requestRedraw(): void;
}

/**
 * Builds the QA panel into `parent` and wires it: a rule edit (uiStore)
 * recomputes the statuses, re-applies the status filter without rebuilding
 * crossfilter and asks for one redraw.
 */
export function mountQaPanel(parent: HTMLElement, { qa, model, store, ui, view, requestRedraw }: QaPanelNeeds): QaPanel {
  const root = document.createElement('section');
  root.className = 'qa-panel';
  root.setAttribute('aria-label', 'Run status');
  parent.append(root);
  const bar = document.createElement('div');
  bar.className = 'qa-bar';
  root.append(bar);
  const chips = createStatusChips(bar, store);
  createExportPanel(bar, (kind) => {
    const file = exportSelection(kind, { table: qa.table, spec: qa.spec, view, status: qa.status(), rows: selectedRows(), date: new Date() });
    downloadText(file.name, file.text, file.type);
  });
  const editor = createRuleEditor(root, ui);
  const problems = document.createElement('ul');
  problems.className = 'qa-problems';
  root.append(problems);
  let version = 0;
  const own = model.feeds.get(STATUS_ID)!;
  const selectedRows = () => keepRows(allRows(qa.table.size), model.isSelected);
  const table = createOutlierTable(
    root,
    {
      columns: tableColumns(qa.spec.tableColumns ?? exportColumns(qa.spec), { table: qa.table, status: qa.status, firedRules: qa.firedRules }),
      size: qa.table.size,
      run: qa.table.run,
      isSelected: model.isSelected,
      explain: (row) => {
        const decomposition = qa.decompose(row);
        return decomposition ? explainRun(decomposition) : [];
      },
      version: () => version,
    },
    ui,
  );
  const colours = Uint32Array.from(STATUSES.map((s) => s).sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b]).map((s) => packColour(STATUS_COLOURS[s])));
  const segmentsOf = new WeakMap<BandResult, BandSegment[]>();
  const rankOfCode = Uint8Array.from(STATUSES.map((s) => STATUS_RANK[s]));
  const showProblems = () => {
    problems.replaceChildren(...qa.problems().map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  };
  const applyRule = () => editor.showErrors(qa.setTemporaryRule({ text: ui.get().ruleText, level: ui.get().ruleLevel }));
  // Before listening: the first mount's statuses are applied by the dashboard's first redraw.
  applyRule();
  showProblems();
  const unsubscribeQa = qa.subscribe(() => {
    version++;
    model.refresh(STATUS_ID);
    showProblems();
    requestRedraw();
  });
  const unsubscribeUi = ui.subscribe((_, changed) => {
    if (changed.has('ruleText') || changed.has('ruleLevel')) applyRule();
  });
  return {
    root,
    chart: {
      paint: () => {
        const status = qa.status();
        return { colours, rankOf: (row) => rankOfCode[status[row]], key: status };
      },
      bands: (column) => {
        const band = qa.band(column);
        if (!band) return undefined;
        // One segment list per band: a band that did not change is the same list, which charts need not redraw.
        const known = segmentsOf.get(band) ?? bandSegments(band, qa.table.run);
        segmentsOf.set(band, known);
        return known;
      },
    },
    sync() {
      if (qa.spec.reference.kind !== 'selection' || !own.exceptOwn) return;
      const mask = new Uint8Array(qa.table.size);
      for (let row = 0; row < mask.length; row++) mask[row] = own.exceptOwn.isSelected(row) ? 1 : 0;
      qa.setSelection(mask);
    },
    redraw() {
      chips.redraw(statusCounts(qa.status(), own.exceptOwn!.isSelected, STATUSES.length));
      table.redraw();
    },
    dispose() {
      unsubscribeQa();
      unsubscribeUi();
      table.dispose();
      root.remove();
    },
  };
}

function allRows(size: number): Uint32Array {
  const rows = new Uint32Array(size);
  for (let i = 0; i < size; i++) rows[i] = i;
  return rows;
}
