import crossfilter from 'crossfilter2';
import type { CategoryValue, TypedTable } from '../data/typed-table';
import type { FilterClause } from '../state/filter-store';
import type { Binning } from './histogram-bins';
import { inBox } from './in-box';
import { nextUp } from './missing-sentinel';
import { trackSelection, type SelectionMask } from './selection-mask';

type Dimension = crossfilter.Dimension<number, number>;

/** A category (`key`: its code, which dc filters by) with the count of runs passing every other chart's filter. */
export interface Bar {
  key: number;
  category: CategoryValue;
  value: number;
}

/** What a chart can ask the model for: its dimension, and bars for its kind. */
export interface ChartFeed {
  dimension?: Dimension;
  binning?: Binning;
  /** Histogram: runs per bin, then per OUTSIDE reason (histogram-tally.ts), passing every other chart's filter. */
  binTally?: () => Uint32Array;
  /**
   * A dimension built only when first needed (a clause for it, or idle time
   * after the first draw; see CrossfilterModel.buildDeferred): a dimension
   * on unordered numbers costs crossfilter a comparator sort, 100–250 ms at
   * 300,000 runs. Until built, the participant has no filter of its own.
   */
  deferred?: { built(): boolean; build(): Dimension };
  /** Runs per histogram bin, or per category code of a row chart, with no filter at all (computed once). */
  totals?: Uint32Array;
  /** Row chart: runs per category code passing every other chart's filter (see slot-tally.ts). */
  categoryCounts?: Uint32Array;
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
  /** Builds one deferred dimension not built yet (see ChartFeed.deferred); false when none is left. */
  buildDeferred(): boolean;
}

/** Builds the model: one dimension per participant (built now, or deferred: ChartFeed.deferred), as its feed builds it. */
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
        if (applied.get(id) === clause) continue;
        // No clause on a dimension not built yet: there is no filter to clear.
        const dimension = feed.dimension ?? (clause || feed.deferred?.built() ? feed.deferred?.build() : undefined);
        if (dimension) applyClause(dimension, feed, clause);
        applied.set(id, clause);
      }
    },
    refresh(id) {
      const feed = feeds.get(id);
      const clause = applied.get(id);
      if (!feed || !clause) return;
      const dimension = feed.dimension ?? feed.deferred?.build();
      if (dimension) applyClause(dimension, feed, clause);
    },
    buildDeferred() {
      const next = [...feeds.values()].find((feed) => feed.deferred && !feed.deferred.built());
      next?.deferred?.build();
      return next !== undefined;
    },
  };
}

function applyClause(dimension: Dimension, feed: ChartFeed, clause: FilterClause | undefined): void {
  if (!clause) dimension.filterAll();
  else if (feed.clauseTest) dimension.filterFunction(feed.clauseTest(clause));
  else if (clause.kind === 'status') dimension.filterAll();
  else if (clause.kind === 'box') {
    if (feed.points) dimension.filterFunction(inBox(feed.points.xs, feed.points.ys, clause));
    else dimension.filterAll();
  } else if (clause.kind === 'range') dimension.filterRange([clause.lo, clause.closed ? nextUp(clause.hi) : clause.hi]);
  // An `in` clause reaches only category charts, whose clauseTest reads it.
  else dimension.filterAll();
}

/** Row-chart bars: one per category the data holds, in code order, counted under the other charts' filters. */
export function categoryBars(feed: ChartFeed): Bar[] {
  const dictionary = feed.dictionary ?? [];
  const counts = feed.categoryCounts;
  const totals = feed.totals;
  if (!counts || !totals) return [];
  const bars: Bar[] = [];
  for (let code = 0; code < counts.length; code++) if (totals[code] > 0) bars.push({ key: code, category: dictionary[code], value: counts[code] });
  return bars;
}
