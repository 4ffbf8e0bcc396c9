import type { ColumnMeta } from '../../contract/data-contract';
import type { FilterParticipant } from '../../crossfilter/crossfilter-model';
import type { ChartFeed } from '../../crossfilter/crossfilter-model';
import type { ReadAs, TypedTable } from '../../data/typed-table';
import { toClause, type FilterClause } from '../../state/filter-store';
import { permalinkMessages } from '../../state/permalink-messages';
import type { ClauseValidator } from '../../state/permalink-codec';
import type { ChartCard } from '../chart-card';
import type { ChartContext, ChartView } from '../chart-view';
import { box, type BoxChartSpec, type BoxFile } from './box';
import type { ChartKindModule } from './chart-kind';
import { histogram, type HistogramChartSpec, type HistogramFile } from './histogram';
import { row, type RowChartSpec, type RowFile } from './row';
import { scatter, type ScatterChartSpec, type ScatterFile } from './scatter';
import { trend, type TrendChartSpec, type TrendFile } from './trend';

/*
 * The chart-kind registry: adding a kind is one module in this folder plus its
 * entry here (import, a member of each union, a line in CHART_KINDS). The
 * compiler checks that every kind of the unions has exactly one module whose
 * types match; view.schema.json is generated from ChartFile (`npm run schema`).
 */

/**
 * A chart in a view file; `kind` says which keys it takes.
 * @discriminator kind
 */
export type ChartFile = TrendFile | HistogramFile | RowFile | ScatterFile | BoxFile;

/** A chart with its defaults filled in, as the app draws it. */
export type ChartSpec = TrendChartSpec | HistogramChartSpec | RowChartSpec | ScatterChartSpec | BoxChartSpec;

export type ChartKindName = ChartSpec['kind'];

type ModuleOf<K extends ChartKindName> = ChartKindModule<Extract<ChartFile, { kind: K }>, Extract<ChartSpec, { kind: K }>>;

/** Every chart kind's module, by kind. */
export const CHART_KINDS: { readonly [K in ChartKindName]: ModuleOf<K> } = { trend, histogram, row, scatter, box };

/** The kind names, in registry order. */
export const CHART_KIND_NAMES = Object.keys(CHART_KINDS) as ChartKindName[];

/** True when `name` is a registered chart kind. */
export function isChartKind(name: unknown): name is ChartKindName {
  return typeof name === 'string' && Object.hasOwn(CHART_KINDS, name);
}

/**
 * The module of a chart's kind, typed for that chart. (TypeScript cannot
 * relate `spec.kind` to the matching registry entry by itself: this is the
 * one cast the dispatch needs.)
 */
function moduleOf<S extends ChartSpec>(spec: S): ChartKindModule<Extract<ChartFile, { kind: S['kind'] }>, S> {
  return CHART_KINDS[spec.kind] as unknown as ChartKindModule<Extract<ChartFile, { kind: S['kind'] }>, S>;
}

/** A chart file (already valid against the schema) with its defaults filled in. */
export function normaliseChart<F extends ChartFile>(file: F): Extract<ChartSpec, { kind: F['kind'] }> {
  const module = CHART_KINDS[file.kind] as unknown as ChartKindModule<F, Extract<ChartSpec, { kind: F['kind'] }>>;
  return module.normalise(file);
}

/** The columns a chart of kind `kind` reads: each key of `chart` that names one (non-empty strings only), and how. */
export function chartColumns(kind: ChartKindName, chart: Readonly<Record<string, unknown>>): { key: string; name: string; readAs: ReadAs }[] {
  const reads = CHART_KINDS[kind].reads as readonly { key: string; readAs: ReadAs }[];
  return reads.flatMap(({ key, readAs }) => {
    const name = chart[key];
    return typeof name === 'string' && name !== '' ? [{ key, name, readAs }] : [];
  });
}

/** The category values a chart names (e.g. a row chart's `selected`): for each, its JSON key, index, value and column. */
export function chartCategoryValues(kind: ChartKindName, chart: Readonly<Record<string, unknown>>): { key: string; index: number; value: string; column: string }[] {
  const reads = (CHART_KINDS[kind].categoryReads ?? []) as readonly { key: string; column: string }[];
  return reads.flatMap(({ key, column }) => {
    const values = chart[key];
    const name = chart[column];
    if (!Array.isArray(values) || typeof name !== 'string') return [];
    return values.flatMap((value, index) => (typeof value === 'string' ? [{ key, index, value, column: name }] : []));
  });
}

/** The expressions a chart holds (its kind's `expressionReads` keys that are strings), with their keys. */
export function chartExpressions(kind: ChartKindName, chart: Readonly<Record<string, unknown>>): { key: string; source: string }[] {
  const keys = (CHART_KINDS[kind].expressionReads ?? []) as readonly string[];
  return keys.flatMap((key) => (typeof chart[key] === 'string' ? [{ key, source: chart[key] as string }] : []));
}

/** The chart as a filtering participant of the crossfilter model. */
export function chartParticipant(spec: ChartSpec): FilterParticipant {
  const module = moduleOf(spec);
  return { id: spec.id, clauseKinds: module.clauseKinds, feed: (cf, table) => module.feed(cf, table, spec) };
}

/** Why `clause` cannot be the filter of chart `spec` (kind or columns do not fit), undefined when it can. */
export function checkChartClause(spec: ChartSpec, clause: FilterClause): string | undefined {
  return moduleOf(spec).checkClause(spec, clause);
}

/**
 * The validators of a view's charts' clauses read from outside (a permalink),
 * by chart id: a well-formed clause (toClause) that the chart's kind accepts
 * (checkClause). Participants that are not charts add theirs to this map.
 */
export function chartClauseValidators(charts: readonly ChartSpec[]): Map<string, ClauseValidator> {
  return new Map(
    charts.map((spec) => [
      spec.id,
      (candidate: unknown) => {
        const clause = toClause(candidate);
        return clause ? (checkChartClause(spec, clause) ?? clause) : permalinkMessages.malformedClause();
      },
    ]),
  );
}

/** The filters a view's charts start with (e.g. a row chart's `selected`). */
export function initialClauses(charts: readonly ChartSpec[]): FilterClause[] {
  return charts.flatMap((spec) => moduleOf(spec).initialClause?.(spec) ?? []);
}

/** Draws a chart of any kind into its card. */
export function createChartOfKind(card: ChartCard, spec: ChartSpec, feed: ChartFeed, table: TypedTable, context: ChartContext): ChartView {
  return moduleOf(spec).create(card, spec, feed, table, context);
}

/** The line under a chart's title. */
export function chartSubtitle(spec: ChartSpec, columns: ReadonlyMap<string, ColumnMeta>): string {
  return moduleOf(spec).subtitle(spec, columns);
}
