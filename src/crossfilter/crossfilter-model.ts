import crossfilter from 'crossfilter2';
import type { CategoryValue, TypedTable } from '../data/typed-table';
import type { FilterClause } from '../state/filter-store';
import type { Binning } from './histogram-bins';
import { inBox } from './in-box';
import { nextUp } from './missing-sentinel';
import { trackSelection, type SelectionMask } from './selection-mask';

type Dimension = crossfilter.Dimension<number, number>;
type Group = crossfilter.Group<number, number, number>;

/** A category (`key`: its code, which dc filters by) with the count of runs passing every other chart's filter. */
export interface Bar {
  key: number;
  category: CategoryValue;
  value: number;
}

/** What a chart can ask the model for: its dimension, and bars for its kind. */
export interface ChartFeed {
  dimension?: Dimension;
  group?: Group;
  binning?: Binning;
  /** Runs per histogram bin, or per category code of a row chart, with no filter at all (computed once). */
  totals?: Uint32Array;
  /** Categories of a categorical dimension's codes (null: missing). */
  dictionary?: CategoryValue[];
  /** Trend and scatter: runs passing every filter except the chart's own (its points are drawn from this). */
  exceptOwn?: SelectionMask;
  /** Box plot: each row's category code and value (grouped per code under the other charts' filters). */
  groups?: { codes: Uint32Array; values: Float64Array };
  /** Scatter: its x and y values, which a box clause tests. */
  points?: { xs: Float64Array; ys: Float64Array };
  /**
   * A participant that filters its dimension by its own test (the status
   * chips: row index → is its current status one of the clause's): the
   * test for a clause of its kind.
   */
  clauseTest?: (clause: FilterClause) => (key: number) => boolean;
}

/**
 * Anything that filters the runs through one clause in the filter store: a
 * chart (see charts/kinds/registry.ts), or a control that is not a chart
 * (e.g. a table's status chips). The model knows participants only by this.
 */
export interface FilterParticipant {
  /** The id its clauses carry (`clause.chart`). */
  id: string;
  /** Clause kinds that filter it; a clause of another kind is not applied. */
  clauseKinds: readonly FilterClause['kind'][];
  /** Builds its dimension (and what it draws from) on the model's crossfilter. */
  feed(cf: crossfilter.Crossfilter<number>, table: TypedTable): ChartFeed;
}

/** Crossfilter over row indexes of a typed table, with one dimension per filtering participant. */
export interface CrossfilterModel {
  size: number;
  feeds: Map<string, ChartFeed>;
  /** Runs passing every filter. */
  selectedCount(): number;
  /** True when row `row` passes every filter. */
  isSelected(row: number): boolean;
  /** Makes the dimensions' filters match `clauses` (only changed ones are touched). */
  apply(clauses: readonly FilterClause[]): void;
  /** Re-applies participant `id`'s clause as applied last: its clause test reads state that changed (e.g. statuses after a rule edit). */
  refresh(id: string): void;
}

/** Builds the model: one dimension (and group, where a kind needs one) per participant, as its feed builds it. */
export function createCrossfilterModel(table: TypedTable, participants: readonly FilterParticipant[]): CrossfilterModel {
  const rows = Array.from({ length: table.size }, (_, row) => row);
  const cf = crossfilter(rows);
  const feeds = new Map(participants.map((participant) => [participant.id, participant.feed(cf, table)]));
  const accepts = new Map(participants.map((participant) => [participant.id, participant.clauseKinds]));
  const selection = trackSelection(cf, table.size);
  const applied = new Map<string, FilterClause | undefined>();
  return {
    size: table.size,
    feeds,
    selectedCount: selection.count,
    isSelected: selection.isSelected,
    apply(clauses) {
      for (const [id, feed] of feeds) {
        // A clause whose kind does not fit the participant (e.g. `in` on a histogram) is not applied.
        const clause = clauses.find((c) => c.chart === id && accepts.get(id)!.includes(c.kind));
        if (applied.get(id) === clause || !feed.dimension) continue;
        applyClause(feed, clause);
        applied.set(id, clause);
      }
    },
    refresh(id) {
      const feed = feeds.get(id);
      const clause = applied.get(id);
      if (feed?.dimension && clause) applyClause(feed, clause);
    },
  };
}

function applyClause(feed: ChartFeed, clause: FilterClause | undefined): void {
  const dimension = feed.dimension!;
  if (!clause) dimension.filterAll();
  else if (feed.clauseTest) dimension.filterFunction(feed.clauseTest(clause));
  else if (clause.kind === 'status') dimension.filterAll();
  else if (clause.kind === 'box') {
    if (feed.points) dimension.filterFunction(inBox(feed.points.xs, feed.points.ys, clause));
    else dimension.filterAll();
  } else if (clause.kind === 'range') dimension.filterRange([clause.lo, clause.closed ? nextUp(clause.hi) : clause.hi]);
  else {
    const codes = new Set(codesOf(feed, clause.values));
    if (codes.size === 1) dimension.filterExact([...codes][0]);
    else dimension.filterFunction((code) => codes.has(code as number));
  }
}

/** Row-chart bars: one per category, under the other charts' filters. */
export function categoryBars(feed: ChartFeed): Bar[] {
  const dictionary = feed.dictionary ?? [];
  return (feed.group?.all() ?? []).map(({ key, value }) => ({ key, category: dictionary[key], value }));
}

/** Codes of the categories `values` (by identity: null finds the missing code only); unknown ones are left out. */
export function codesOf(feed: ChartFeed, values: readonly CategoryValue[]): number[] {
  const dictionary = feed.dictionary ?? [];
  return values.map((value) => dictionary.indexOf(value)).filter((code) => code >= 0);
}
