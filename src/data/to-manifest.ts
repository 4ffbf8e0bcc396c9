import { COLUMN_FILE_ENCODINGS, DATA_FILES, MANIFEST_FORMAT, columnFileName, type DataManifest, type SqlType } from '../contract/data-contract';

type Json = Record<string, unknown>;

const SQL_TYPES: readonly unknown[] = ['INTEGER', 'REAL', 'TEXT'];
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The manifest if `json` has the shape the app reads, or why not, with the
 * JSON path of the first problem (`$.files[0].bytes is -5, …`). Checked:
 * format, runs, every file entry (name, a whole number of bytes, sha256),
 * runlens.sqlite listed, every column entry (name, SQL type, title, unit,
 * exactInBrowser), column names unique, `run` among them, and one column
 * file per column, in order, with the name and encoding its index and SQL
 * type give, a whole number of bytes and a sha256. Fields the app does
 * not read (sources, report) and unknown fields are left alone.
 */
export function toManifest(json: unknown): { ok: true; manifest: DataManifest } | { ok: false; why: string } {
  const why = manifestProblem(json);
  return why === undefined ? { ok: true, manifest: json as DataManifest } : { ok: false, why };
}

function manifestProblem(json: unknown): string | undefined {
  if (!isObject(json)) return 'not a JSON object';
  if (json.format !== MANIFEST_FORMAT) return `format is ${show(json.format)}, expected "${MANIFEST_FORMAT}"`;
  if (!isCount(json.runs)) return `$.runs is ${show(json.runs)}, expected a whole number ≥ 0`;
  if (!Array.isArray(json.columns)) return 'no "columns" list';
  if (!Array.isArray(json.files)) return 'no "files" list';
  const filesProblem = firstOf(json.files, fileProblem, '$.files');
  if (filesProblem) return filesProblem;
  if (!json.files.some((file: Json) => file.name === DATA_FILES.sqlite)) return `$.files lists no ${DATA_FILES.sqlite}`;
  const problem = columnsProblem(json.columns);
  if (problem) return problem;
  if (!Array.isArray(json.columnFiles)) return 'no "columnFiles" list';
  return columnFilesProblem(json.columnFiles, json.columns as Json[]);
}

function columnFilesProblem(files: unknown[], columns: readonly Json[]): string | undefined {
  if (files.length !== columns.length) return `$.columnFiles lists ${files.length} files for ${columns.length} columns`;
  return firstOf(files, (file, i) => {
    const problem = fileProblem(file);
    if (problem) return problem;
    const { column, encoding, name } = file as Json;
    if (column !== columns[i].name) return `.column is ${show(column)}, expected ${show(columns[i].name)} (the column at the same place)`;
    const expected = COLUMN_FILE_ENCODINGS[columns[i].sqlType as SqlType];
    if (encoding !== expected) return `.encoding is ${show(encoding)}, expected "${expected}" (for ${columns[i].sqlType})`;
    if (name !== columnFileName(i, expected)) return `.name is ${show(name)}, expected "${columnFileName(i, expected)}"`;
    return undefined;
  }, '$.columnFiles');
}

function fileProblem(file: unknown): string | undefined {
  if (!isObject(file)) return ` is ${show(file)}, expected an object`;
  if (typeof file.name !== 'string' || file.name === '') return `.name is ${show(file.name)}, expected a file name`;
  if (!isCount(file.bytes)) return `.bytes is ${show(file.bytes)}, expected a whole number of bytes ≥ 0`;
  if (typeof file.sha256 !== 'string' || !SHA256.test(file.sha256)) return `.sha256 is ${show(file.sha256)}, expected 64 lower-case hex digits`;
  return undefined;
}

function columnsProblem(columns: unknown[]): string | undefined {
  const problem = firstOf(columns, columnProblem, '$.columns');
  if (problem) return problem;
  const names = columns.map((column) => (column as Json).name as string);
  const repeated = names.findIndex((name, index) => names.indexOf(name) !== index);
  if (repeated >= 0) return `$.columns[${repeated}].name ${show(names[repeated])} is listed twice`;
  return names.includes('run') ? undefined : '$.columns lists no "run" column';
}

function columnProblem(column: unknown): string | undefined {
  if (!isObject(column)) return ` is ${show(column)}, expected an object`;
  if (typeof column.name !== 'string' || column.name === '') return `.name is ${show(column.name)}, expected a column name`;
  if (!SQL_TYPES.includes(column.sqlType)) return `.sqlType is ${show(column.sqlType)}, expected "INTEGER", "REAL" or "TEXT"`;
  for (const key of ['title', 'unit'] as const) {
    if (typeof column[key] !== 'string') return `.${key} is ${show(column[key])}, expected text`;
  }
  if (typeof column.exactInBrowser !== 'boolean') return `.exactInBrowser is ${show(column.exactInBrowser)}, expected true or false`;
  return undefined;
}

/** The first problem among `items`, prefixed by `path[i]`. */
function firstOf(items: readonly unknown[], problemOf: (item: unknown, index: number) => string | undefined, path: string): string | undefined {
  for (let i = 0; i < items.length; i++) {
    const problem = problemOf(items[i], i);
    if (problem) return `${path}[${i}]${problem}`;
  }
  return undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number ≥ 0 that a double holds exactly (JSON's 1e999 parses to Infinity, which is not). */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A short text of a JSON value for messages; numbers as JavaScript prints them (Infinity, not null). */
function show(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
