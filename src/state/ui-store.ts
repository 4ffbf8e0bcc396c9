/**
 * The one owner of UI state that is not a filter: table sort, open run and
 * layout, trend axis modes, the rule editor's text. Plain data, so a
 * permalink can carry it; kept apart from the filter store because a change
 * here must not re-filter crossfilter or redraw every chart.
 *
 * Each feature owns one field of UiState (add yours with a doc comment and a
 * default in DEFAULT_UI_STATE). Listeners receive the new state and the keys
 * that changed, so a feature redraws only when its own field moved.
 */

/** Direction of one sort key of the outlier table. */
export type SortDirection = 'asc' | 'desc';

/** How a layout's 1-D pads compare the run with the reference run: run / reference, or run − reference. */
export type LayoutCompare = 'ratio' | 'difference';

/** How a trend chart lays runs out along x (presentation only: its clause stays on `run`). */
export type TrendAxisMode = 'run' | 'ordinal' | 'time';

export interface UiState {
  /** Outlier table sort: column name (or a table pseudo-column such as `status`) and direction; none = run order. */
  tableSort: { column: string; direction: SortDirection } | null;
  /** Run shown in the run panel, or null when the panel is closed. */
  openRun: number | null;
  /** Name of the histogram layout open for `openRun`, or null. */
  layout: string | null;
  /** Reference run for layout overlays chosen in the UI (null: the view's own). */
  referenceRun: number | null;
  /** Whether layouts overlay the reference run's histograms (normalised to the run's integral). */
  overlay: boolean;
  /** What 1-D pads show below the overlay. */
  compare: LayoutCompare;
  /** Axis mode per trend chart id, where the user changed it from the view's. */
  axisModes: Readonly<Record<string, TrendAxisMode>>;
  /** Text of the rule editor's temporary rule ('' when none). */
  ruleText: string;
  /** Level of the rule editor's temporary rule. */
  ruleLevel: 'Warning' | 'Outlier' | 'PhysAcc' | 'Bad';
}

export const DEFAULT_UI_STATE: UiState = Object.freeze({
  tableSort: null,
  openRun: null,
  layout: null,
  referenceRun: null,
  overlay: true,
  compare: 'ratio',
  axisModes: Object.freeze({}),
  ruleText: '',
  ruleLevel: 'Bad',
});

export type UiKey = keyof UiState;

/**
 * A type check per field, for UI state read from outside (a permalink): the
 * compiler makes a new field come with its check. Checks are about type
 * and size only; whether a run or chart exists is for the field's owner.
 */
export const UI_FIELD_CHECKS: { readonly [K in UiKey]: (value: unknown) => value is UiState[K] } = {
  tableSort: (value): value is UiState['tableSort'] =>
    value === null || (isRecord(value) && Object.keys(value).length === 2 && isName(value.column) && (value.direction === 'asc' || value.direction === 'desc')),
  openRun: (value): value is number | null => value === null || Number.isSafeInteger(value),
  layout: (value): value is string | null => value === null || isName(value),
  referenceRun: (value): value is number | null => value === null || Number.isSafeInteger(value),
  axisModes: (value): value is UiState['axisModes'] =>
    isRecord(value) && Object.entries(value).every(([chart, mode]) => isName(chart) && (mode === 'run' || mode === 'ordinal' || mode === 'time')),
  ruleText: (value): value is string => typeof value === 'string' && value.length <= MAX_UI_TEXT,
  ruleLevel: (value): value is UiState['ruleLevel'] => value === 'Warning' || value === 'Outlier' || value === 'PhysAcc' || value === 'Bad',
  overlay: (value): value is boolean => typeof value === 'boolean',
  compare: (value): value is UiState['compare'] => value === 'ratio' || value === 'difference',
};

/** Longest text a UI field read from outside may hold (a rule's text). */
export const MAX_UI_TEXT = 4000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty name of at most 200 characters (a column, chart or layout name). */
function isName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}
export type UiListener = (state: UiState, changed: ReadonlySet<UiKey>) => void;

export interface UiStore {
  get(): UiState;
  /** Merges `patch`; notifies once, with the keys whose value changed, only when one did. */
  set(patch: Partial<UiState>): void;
  /** Back to DEFAULT_UI_STATE (e.g. on a view switch). */
  reset(): void;
  subscribe(listener: UiListener): () => void;
}

/** A new UI store holding `initial` (defaults for missing fields). */
export function createUiStore(initial: Partial<UiState> = {}): UiStore {
  let current: UiState = { ...DEFAULT_UI_STATE, ...initial };
  const listeners = new Set<UiListener>();
  const commit = (next: UiState) => {
    const changed = changedKeys(current, next);
    if (changed.size === 0) return;
    current = next;
    for (const listener of [...listeners]) listener(current, changed);
  };
  return {
    get: () => current,
    set: (patch) => commit({ ...current, ...patch }),
    reset: () => commit({ ...DEFAULT_UI_STATE }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Keys whose values differ between `a` and `b`, compared as plain data. */
export function changedKeys(a: UiState, b: UiState): Set<UiKey> {
  const keys = Object.keys(DEFAULT_UI_STATE) as UiKey[];
  return new Set(keys.filter((key) => !samePlain(a[key], b[key])));
}

function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
