/**
 * The one owner of filter state: one clause per chart, kept as plain data so
 * it can be serialised (e.g. into the URL). Created at start-up and passed in.
 */

import type { CategoryValue } from '../data/typed-table';

/**
 * Interval on a numeric column: lo ≤ value ≤ hi when `closed` (a run range,
 * a histogram brush up to its top edge), lo ≤ value < hi otherwise (a
 * histogram brush ending on an inner bin edge, as its bins hold values).
 */
export interface RangeClause {
  chart: string;
  column: string;
  kind: 'range';
  lo: number;
  hi: number;
  closed: boolean;
}

/**
 * Value is one of `values`: categories by identity (the value as text, null
 * for missing), never by display label, so JSON carries them as they are.
 */
export interface InClause {
  chart: string;
  column: string;
  kind: 'in';
  values: CategoryValue[];
}

/**
 * A box on two numeric columns, closed on every side: x0 ≤ x ≤ x1 and
 * y0 ≤ y ≤ y1 (a scatter's 2-D brush). A run missing either value is outside.
 */
export interface BoxClause {
  chart: string;
  kind: 'box';
  x: string;
  y: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Run status is one of `values` (the outlier table's status chips; `chart`
 * is always 'status'). Statuses come from the view's flag rules, so the
 * clause re-applies when a rule changes, without a new clause.
 */
export interface StatusClause {
  chart: 'status';
  kind: 'status';
  values: StatusName[];
}

/** A run status (src/flags STATUSES), spelled out so the store stays free of the flags module. */
export type StatusName = 'Good' | 'Warning' | 'Outlier' | 'PhysAcc' | 'Bad' | 'Null';

const STATUS_NAMES: readonly string[] = ['Good', 'Warning', 'Outlier', 'PhysAcc', 'Bad', 'Null'];

export type FilterClause = RangeClause | InClause | BoxClause | StatusClause;

export type StoreListener = (clauses: readonly FilterClause[]) => void;

export interface FilterStore {
  /** Current clauses, in the order charts first set them. */
  clauses(): readonly FilterClause[];
  /** The clause of `chart`, if any. */
  get(chart: string): FilterClause | undefined;
  /** Sets (or replaces) a chart's clause; notifies only when it changed. */
  set(clause: FilterClause): void;
  /** Removes a chart's clause; notifies only when there was one. */
  clear(chart: string): void;
  /** Removes every clause. */
  reset(): void;
  /** Replaces all clauses at once (e.g. from a permalink). */
  replaceAll(clauses: readonly FilterClause[]): void;
  subscribe(listener: StoreListener): () => void;
  /** JSON text of the clauses. */
  serialise(): string;
}

/** A new, empty filter store. */
export function createFilterStore(initial: readonly FilterClause[] = []): FilterStore {
  let current: FilterClause[] = initial.map(copyClause);
  const listeners = new Set<StoreListener>();
  const commit = (next: FilterClause[]) => {
    current = next;
    for (const listener of [...listeners]) listener(current);
  };
  return {
    clauses: () => current,
    get: (chart) => current.find((clause) => clause.chart === chart),
    set(clause) {
      const index = current.findIndex((c) => c.chart === clause.chart);
      if (index >= 0 && sameClause(current[index], clause)) return;
      const next = [...current];
      if (index >= 0) next[index] = copyClause(clause);
      else next.push(copyClause(clause));
      commit(next);
    },
    clear(chart) {
      if (current.some((c) => c.chart === chart)) commit(current.filter((c) => c.chart !== chart));
    },
    reset() {
      if (current.length) commit([]);
    },
    replaceAll(clauses) {
      commit(clauses.map(copyClause));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    serialise: () => JSON.stringify(current),
  };
}

/** Clauses parsed from `serialise()` output; entries that are not clauses are dropped. */
export function parseClauses(text: string): FilterClause[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  return Array.isArray(json) ? json.filter(isClause).map(copyClause) : [];
}

/** True when both clauses filter the same chart and columns the same way. */
export function sameClause(a: FilterClause, b: FilterClause): boolean {
  if (a.chart !== b.chart) return false;
  if (a.kind === 'range' && b.kind === 'range') {
    return a.column === b.column && a.lo === b.lo && a.hi === b.hi && a.closed === b.closed;
  }
  if (a.kind === 'in' && b.kind === 'in') {
    return a.column === b.column && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
  }
  if (a.kind === 'status' && b.kind === 'status') {
    return a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);
  }
  if (a.kind === 'box' && b.kind === 'box') {
    return a.x === b.x && a.y === b.y && a.x0 === b.x0 && a.x1 === b.x1 && a.y0 === b.y0 && a.y1 === b.y1;
  }
  return false;
}

function copyClause(clause: FilterClause): FilterClause {
  if (clause.kind === 'in') return { ...clause, values: [...clause.values] };
  if (clause.kind === 'status') return { ...clause, values: [...clause.values] };
  return { ...clause };
}

/**
 * The clause `value` holds when it is one of the kinds above, well formed:
 * strings where names go, finite numbers with lo ≤ hi, categories as text or
 * null; undefined otherwise. For input that is not ours (a permalink).
 */
export function toClause(value: unknown): FilterClause | undefined {
  if (!isClause(value)) return undefined;
  // Rebuilt from the known keys only: anything else the input carried stays behind.
  switch (value.kind) {
    case 'range':
      return { chart: value.chart, column: value.column, kind: 'range', lo: value.lo, hi: value.hi, closed: value.closed };
    case 'in':
      return { chart: value.chart, column: value.column, kind: 'in', values: [...value.values] };
    case 'box':
      return { chart: value.chart, kind: 'box', x: value.x, y: value.y, x0: value.x0, x1: value.x1, y0: value.y0, y1: value.y1 };
    case 'status':
      return { chart: value.chart, kind: 'status', values: [...value.values] };
  }
}

function isClause(value: unknown): value is FilterClause {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  if (typeof c.chart !== 'string') return false;
  if (c.kind === 'status') return c.chart === 'status' && Array.isArray(c.values) && c.values.every((v) => typeof v === 'string' && STATUS_NAMES.includes(v));
  if (c.kind === 'box') return typeof c.x === 'string' && typeof c.y === 'string' && ordered(c.x0, c.x1) && ordered(c.y0, c.y1);
  if (typeof c.column !== 'string') return false;
  if (c.kind === 'range') return ordered(c.lo, c.hi) && typeof c.closed === 'boolean';
  return c.kind === 'in' && Array.isArray(c.values) && c.values.every((v) => typeof v === 'string' || v === null);
}

/** Two finite numbers, the first not above the second. */
function ordered(lo: unknown, hi: unknown): boolean {
  return typeof lo === 'number' && typeof hi === 'number' && Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi;
}
