/**
 * Permalinks: the view, every participant's filter clause and the UI state
 * in the query string, `?view=<name>&f=<clauses>&ui=<settings>`. `f` is a
 * JSON object from participant id (a chart's id) to its clause without
 * `chart`; `ui` a JSON object of the UI fields that differ from their
 * defaults. In both, `"` and `~` trade places (browsers percent-encode
 * quotes in an address, never `~`), so the text stays readable:
 * `f={~mip-trend~:{~column~:~run~,~kind~:~range~,~lo~:285012,…}}`.
 *
 * Everything read back is untrusted: each part is capped in size; each
 * clause goes to the validator of its participant (charts: the kind's
 * checkClause; other participants register their own), each UI field to
 * its type check (UI_FIELD_CHECKS). What fails is dropped and described.
 */

import { sameClause, type FilterClause } from './filter-store';
import { permalinkMessages } from './permalink-messages';
import { DEFAULT_UI_STATE, UI_FIELD_CHECKS, type UiKey, type UiState } from './ui-store';

/** Names of the query parameters a permalink sets. */
export const LINK_PARAMS = { view: 'view', filters: 'f', ui: 'ui' } as const;

/** Longest `f` or `ui` part read, in characters (decoded); a longer one is dropped whole. */
export const MAX_PART_LENGTH = 20_000;

/** Most entries read from one part; the rest are dropped. */
export const MAX_PART_ENTRIES = 200;

/**
 * The clause `candidate` stands for when it may be participant `chart`'s
 * filter, or why not. Owned by the participant: it checks shape and fit.
 */
export type ClauseValidator = (candidate: Readonly<Record<string, unknown>>) => FilterClause | string;

/** What a link holds, read but not yet checked against a view. */
export interface RawLink {
  view?: string;
  /** Clause candidates with their `chart`; undefined when the link has no `f` (the view's own starting filters apply). */
  clauses?: Record<string, unknown>[];
  /** UI fields that passed their type checks. */
  ui: Partial<UiState>;
  /** What was dropped while reading, one phrase each (permalinkMessages). */
  dropped: string[];
}

/** What the address should hold for this state. */
export interface LinkState {
  view: string;
  clauses: readonly FilterClause[];
  ui: UiState;
  /** The view's starting filters: when `clauses` are exactly these, `f` is left out. */
  initialClauses: readonly FilterClause[];
}

/** The permalink's query parameters, in order (`view`, then `f` and `ui` when needed), each value already encoded for a URL. */
export function encodeLink({ view, clauses, ui, initialClauses }: LinkState): [string, string][] {
  const params: [string, string][] = [[LINK_PARAMS.view, queryValue(view)]];
  if (!sameClauses(clauses, initialClauses)) {
    const entries = clauses.map(({ chart, ...rest }) => [chart, rest] as const);
    params.push([LINK_PARAMS.filters, queryValue(swapQuotes(JSON.stringify(Object.fromEntries(entries))))]);
  }
  const changed = (Object.keys(DEFAULT_UI_STATE) as UiKey[]).filter((key) => JSON.stringify(ui[key]) !== JSON.stringify(DEFAULT_UI_STATE[key]));
  if (changed.length) params.push([LINK_PARAMS.ui, queryValue(swapQuotes(JSON.stringify(Object.fromEntries(changed.map((key) => [key, ui[key]])))))]);
  return params;
}

/** Reads a link from a query string (`location.search`); never throws. */
export function readLink(search: string): RawLink {
  const params = new URLSearchParams(search);
  const dropped: string[] = [];
  const view = params.get(LINK_PARAMS.view) ?? undefined;
  const filters = readPart(params.get(LINK_PARAMS.filters), LINK_PARAMS.filters, dropped);
  const clauses = filters?.flatMap(([chart, body]) => {
    if (isRecord(body)) return [{ ...body, chart }];
    dropped.push(permalinkMessages.badClause(chart, permalinkMessages.malformedClause()));
    return [];
  });
  const ui: Partial<UiState> = {};
  for (const [key, value] of readPart(params.get(LINK_PARAMS.ui), LINK_PARAMS.ui, dropped) ?? []) {
    if (!Object.hasOwn(UI_FIELD_CHECKS, key)) dropped.push(permalinkMessages.unknownUiField(key));
    else if (!setField(ui, key as UiKey, value)) dropped.push(permalinkMessages.badUiField(key));
  }
  return { view, clauses, ui, dropped };
}

/** The candidates each participant's validator accepts, and a phrase for each one dropped. */
export function restoreClauses(candidates: readonly Readonly<Record<string, unknown>>[], validators: ReadonlyMap<string, ClauseValidator>): { clauses: FilterClause[]; dropped: string[] } {
  const clauses: FilterClause[] = [];
  const dropped: string[] = [];
  for (const candidate of candidates) {
    const chart = String(candidate.chart);
    const validate = validators.get(chart);
    const result = validate ? validate(candidate) : undefined;
    if (!validate) dropped.push(permalinkMessages.unknownChart(chart));
    else if (typeof result === 'string') dropped.push(permalinkMessages.badClause(chart, result));
    else if (result) clauses.push(result);
  }
  return { clauses, dropped };
}

/** The entries of one JSON-object part, or undefined when absent or dropped (the reason added to `dropped`). */
function readPart(text: string | null, part: string, dropped: string[]): [string, unknown][] | undefined {
  if (text === null) return undefined;
  if (text.length > MAX_PART_LENGTH) return void dropped.push(permalinkMessages.tooLong(part, text.length, MAX_PART_LENGTH));
  let json: unknown;
  try {
    json = JSON.parse(swapQuotes(text));
  } catch {
    return void dropped.push(permalinkMessages.notJson(part));
  }
  if (!isRecord(json)) return void dropped.push(permalinkMessages.notObject(part));
  const entries = Object.entries(json);
  if (entries.length > MAX_PART_ENTRIES) dropped.push(permalinkMessages.tooMany(part, entries.length, MAX_PART_ENTRIES));
  return entries.slice(0, MAX_PART_ENTRIES);
}

/** Sets `ui[key]` when `value` passes that field's check; false when it does not. */
function setField<K extends UiKey>(ui: Partial<UiState>, key: K, value: unknown): boolean {
  const check = UI_FIELD_CHECKS[key] as (value: unknown) => value is UiState[K];
  if (!check(value)) return false;
  ui[key] = value;
  return true;
}

/** Trades `"` and `~` (its own inverse): JSON's quotes become a mark an address shows as it is. */
export function swapQuotes(text: string): string {
  return text.replace(/["~]/g, (mark) => (mark === '"' ? '~' : '"'));
}

/** Characters left as they are in a query value; the rest are percent-encoded (UTF-8). */
const PLAIN = /[A-Za-z0-9\-_.~!*(){}[\]:,@]/;

/** `text` encoded for a query value, keeping the characters of PLAIN readable. */
export function queryValue(text: string): string {
  return [...text].map((char) => (PLAIN.test(char) ? char : encodeURIComponent(char))).join('');
}

/** Same clauses in any order (a clause kind sameClause does not know never counts as the same). */
function sameClauses(a: readonly FilterClause[], b: readonly FilterClause[]): boolean {
  return a.length === b.length && a.every((clause) => b.some((other) => sameClause(clause, other)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
