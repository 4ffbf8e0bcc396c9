import path from 'node:path';
import { BuildError } from './build-error';
import { clip } from './clip-text';
import { findDuplicateKeys } from './find-duplicate-keys';
import { messages } from './messages';
import { HistogramExtractError } from '../histograms/HistogramExtractError';
import { toRunPattern } from '../histograms/run-pattern';
import {
  DEFAULT_KEY,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_PIVOT_COLUMNS,
  DEFAULT_RUN_RANGE,
  ENTRY_KEY,
  PATH_KEY,
  DEFAULT_OUTPUT,
  DUPLICATE_POLICIES,
  SOURCE_KINDS,
  SOURCE_NAME_PATTERN,
  type HistogramSourceSpec,
  type SourceSpec,
  type SourcesConfig,
} from './sources-config';
import { missingRules, pivotSpec, runFromPath, runRange, stringList, type Problems } from './validate-source-fields';

const TOP_KEYS = ['output', 'maxFileBytes', 'runRange', 'sources'] as const;
const SOURCE_KEYS = [
  'name', 'kind', 'files', 'tree', 'key', 'duplicates', 'include', 'exclude', 'missing', 'pivot', 'maxPivotColumns', 'runFromPath', 'columns',
] as const;
const HISTOGRAM_SOURCE_KEYS = ['name', 'kind', 'files', 'runFromPath', 'histograms'] as const;

/** Properties a CSV source must not have: they would be silently ignored. */
const ROOT_ONLY_KEYS = ['tree', 'include', 'exclude', 'runFromPath'] as const;

/** Properties a ROOT source must not have. */
const CSV_ONLY_KEYS = ['columns'] as const;

type Json = Record<string, unknown>;

/** One problem of a sources file: where (JSON path) and what. */
export interface SourcesFileProblem {
  at: string;
  problem: string;
}


/**
 * Reads and validates a sources file. A missing file or an invalid one is
 * fatal (BuildError naming the file and the JSON path of every problem).
 */
export async function loadSourcesFile(file: string, readText: (file: string) => Promise<string>): Promise<SourcesConfig> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await readText(absolute);
  } catch (cause) {
    throw new BuildError(
      { kind: 'sources-file-missing', file: absolute, message: messages.sourcesFileMissing(absolute), hint: messages.sourcesFileMissingHint() },
      { cause },
    );
  }
  return parseSourcesFile(text, absolute);
}

/**
 * Parses the text of a sources file at `file` (absolute) into a config with
 * defaults filled in. Every problem is found before it fails, so one run
 * lists them all: unknown or repeated keys (JSON.parse would keep the last
 * silently), wrong types and values, names repeated up to case.
 */
export function parseSourcesFile(text: string, file: string): SourcesConfig {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    throw invalid(file, messages.sourcesFileNotJson(file, clip((cause as Error).message)), cause);
  }
  const found: SourcesFileProblem[] = findDuplicateKeys(body).map((d) => ({ at: d.at, problem: messages.duplicateKey(d.line) }));
  const problem: Problems = (at, what) => void found.push({ at, problem: what });
  const config = toConfig(json, file, problem);
  if (found.length > 0) throw invalid(file, found.length === 1 ? messages.sourcesFileInvalid(file, found[0].at, found[0].problem) : messages.sourcesFileProblems(file, found));
  return config;
}

function toConfig(json: unknown, file: string, problem: Problems): SourcesConfig {
  const baseDir = path.dirname(file);
  const top = asObject(json, '$', problem);
  if (!top) return { file, baseDir, output: path.resolve(baseDir, DEFAULT_OUTPUT), maxFileBytes: DEFAULT_MAX_FILE_BYTES, runRange: [...DEFAULT_RUN_RANGE], sources: [] };
  checkKeys(top, TOP_KEYS, '$', problem);
  const output = optionalString(top, 'output', '$', problem) ?? DEFAULT_OUTPUT;
  const maxFileBytes = positiveInteger(top, 'maxFileBytes', '$', problem) ?? DEFAULT_MAX_FILE_BYTES;
  const range = runRange(top.runRange, '$.runRange', problem) ?? [...DEFAULT_RUN_RANGE];
  const list = Array.isArray(top.sources) && top.sources.length > 0 ? (top.sources as unknown[]) : problem('$.sources', messages.mustBe('a non-empty array')) ?? [];
  const specs = list.map((raw, i) => isHistogramKind(raw) ? toHistogramSpec(raw as Json, `$.sources[${i}]`, problem) : toSourceSpec(raw, `$.sources[${i}]`, problem));
  const names = specs.map((s) => s?.name ?? '');
  names.forEach((name, i) => {
    const first = names.findIndex((t) => t.toLowerCase() === name.toLowerCase());
    if (first === i || name === '') return;
    const other = names[first];
    problem(`$.sources[${i}].name`, other === name ? messages.duplicateName(name) : messages.duplicateNameCase(name, other));
  });
  const sources = specs.filter((s): s is SourceSpec => s !== undefined && s.kind !== 'histograms');
  const histogramAt = specs.flatMap((s, i) => (s?.kind === 'histograms' ? [i] : []));
  histogramAt.slice(1).forEach((i) => problem(`$.sources[${i}].kind`, messages.secondHistogramSource()));
  if (list.length > 0 && sources.length === 0) problem('$.sources', messages.noTableSource());
  const histograms = histogramAt.length > 0 ? (specs[histogramAt[0]] as HistogramSourceSpec) : undefined;
  return { file, baseDir, output: path.resolve(baseDir, output), maxFileBytes, runRange: range, sources, ...(histograms ? { histograms } : {}) };
}

function isHistogramKind(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as Json).kind === 'histograms';
}

/** A `histograms` source: per-run QA files, a run pattern with one group, a non-empty list of histogram paths. */
function toHistogramSpec(obj: Json, at: string, problem: Problems): HistogramSourceSpec {
  checkKeys(obj, HISTOGRAM_SOURCE_KEYS, at, problem);
  const name = optionalString(obj, 'name', at, problem) ?? problem(`${at}.name`, messages.mustBe('a non-empty string')) ?? '';
  if (name !== '' && !SOURCE_NAME_PATTERN.test(name)) problem(`${at}.name`, messages.mustBe(`a name matching ${SOURCE_NAME_PATTERN}`));
  const runFromPath = optionalString(obj, 'runFromPath', at, problem) ?? problem(`${at}.runFromPath`, messages.mustBe('a regular expression with one group, e.g. "(\\d+)\\.root$"')) ?? '';
  if (runFromPath !== '') {
    try {
      toRunPattern(runFromPath);
    } catch (error) {
      if (!(error instanceof HistogramExtractError)) throw error;
      problem(`${at}.runFromPath`, error.message);
    }
  }
  const histograms = stringOrList(obj, 'histograms', at, problem, true);
  return { name, kind: 'histograms', files: stringOrList(obj, 'files', at, problem, true), runFromPath, histograms };
}

function toSourceSpec(raw: unknown, at: string, problem: Problems): SourceSpec | undefined {
  const obj = asObject(raw, at, problem);
  if (!obj) return undefined;
  checkKeys(obj, SOURCE_KEYS, at, problem);
  const name = optionalString(obj, 'name', at, problem) ?? problem(`${at}.name`, messages.mustBe('a non-empty string')) ?? '';
  if (name !== '' && !SOURCE_NAME_PATTERN.test(name)) problem(`${at}.name`, messages.mustBe(`a name matching ${SOURCE_NAME_PATTERN}`));
  const kind = obj.kind === undefined ? problem(`${at}.kind`, messages.mustBe('"root", "csv" or "histograms"')) : oneOf(obj, 'kind', SOURCE_KINDS, at, problem);
  if (kind === 'csv') {
    for (const k of ROOT_ONLY_KEYS) if (obj[k] !== undefined) problem(`${at}.${k}`, messages.rootOnlyProperty());
  }
  if (kind === 'root') {
    for (const k of CSV_ONLY_KEYS) if (obj[k] !== undefined) problem(`${at}.${k}`, messages.csvOnlyProperty());
  }
  const tree = kind === 'csv' ? '' : optionalString(obj, 'tree', at, problem) ?? '';
  if (kind === 'root' && tree === '' && obj.tree === undefined) problem(`${at}.tree`, messages.mustBe('a non-empty string for a ROOT source'));
  const fromPath = kind === 'csv' ? undefined : runFromPath(obj.runFromPath, `${at}.runFromPath`, problem);
  if (obj.runFromPath !== undefined && obj.key !== undefined) problem(`${at}.key`, messages.keyWithRunFromPath());
  const key = fromPath !== undefined ? PATH_KEY : optionalString(obj, 'key', at, problem) ?? DEFAULT_KEY;
  const columns = kind === 'csv' && obj.columns !== undefined ? stringList(obj.columns, `${at}.columns`, problem) : undefined;
  if (columns && key !== ENTRY_KEY && !columns.includes(key)) problem(`${at}.columns`, messages.columnsWithoutKey(key));
  const pivot = obj.pivot === undefined ? undefined : pivotSpec(obj.pivot, `${at}.pivot`, key, problem);
  if (obj.maxPivotColumns !== undefined && obj.pivot === undefined) problem(`${at}.maxPivotColumns`, messages.onlyWithPivot());
  return {
    name,
    kind: kind ?? 'csv',
    files: stringOrList(obj, 'files', at, problem, true),
    tree,
    key,
    duplicates: oneOf(obj, 'duplicates', DUPLICATE_POLICIES, at, problem) ?? 'last',
    include: kind === 'csv' ? [] : stringOrList(obj, 'include', at, problem, false),
    exclude: kind === 'csv' ? [] : stringOrList(obj, 'exclude', at, problem, false),
    missing: obj.missing === undefined ? [] : missingRules(obj.missing, `${at}.missing`, problem),
    ...(pivot ? { pivot } : {}),
    maxPivotColumns: positiveInteger(obj, 'maxPivotColumns', at, problem) ?? DEFAULT_MAX_PIVOT_COLUMNS,
    ...(fromPath !== undefined ? { runFromPath: fromPath } : {}),
    ...(columns ? { columns } : {}),
  };
}

function asObject(value: unknown, at: string, problem: Problems): Json | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
  return problem(at, messages.mustBe('an object'));
}

function checkKeys(obj: Json, allowed: readonly string[], at: string, problem: Problems): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) problem(`${at}.${clip(key, 80)}`, messages.unknownProperty(allowed));
}

function optionalString(obj: Json, key: string, at: string, problem: Problems): string | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') return problem(`${at}.${key}`, messages.mustBe('a non-empty string'));
  return value;
}

function positiveInteger(obj: Json, key: string, at: string, problem: Problems): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) return problem(`${at}.${key}`, messages.mustBe('a positive whole number'));
  return value;
}

function oneOf<T extends string>(obj: Json, key: string, allowed: readonly T[], at: string, problem: Problems): T | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) return problem(`${at}.${key}`, messages.mustBe(`one of ${allowed.map((a) => `"${a}"`).join(', ')}`));
  return value as T;
}

function stringOrList(obj: Json, key: string, at: string, problem: Problems, required: boolean): string[] {
  const value = obj[key];
  if (value === undefined && !required) return [];
  if (typeof value === 'string' && value !== '') return [value];
  const ok = Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '') && (value.length > 0 || !required);
  if (!ok) return problem(`${at}.${key}`, messages.mustBe(required ? 'a path, a glob or a non-empty list of them' : 'a string or a list of strings')) ?? [];
  return value as string[];
}

function invalid(file: string, message: string, cause?: unknown): BuildError {
  return new BuildError({ kind: 'sources-file-invalid', file, message, hint: messages.sourcesFileHint() }, { cause });
}
