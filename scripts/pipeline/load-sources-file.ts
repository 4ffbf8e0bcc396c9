import path from 'node:path';
import { BuildError } from './build-error';
import { messages } from './messages';
import {
  DEFAULT_KEY,
  DEFAULT_OUTPUT,
  DUPLICATE_POLICIES,
  SOURCE_KINDS,
  SOURCE_NAME_PATTERN,
  type SourceSpec,
  type SourcesConfig,
} from './sources-config';

const TOP_KEYS = ['output', 'sources'] as const;
const SOURCE_KEYS = ['name', 'kind', 'files', 'tree', 'key', 'duplicates', 'include', 'exclude'] as const;

/** Properties a CSV source must not have: they would be silently ignored. */
const ROOT_ONLY_KEYS = ['tree', 'include', 'exclude'] as const;

type Json = Record<string, unknown>;

/**
 * Reads and validates a sources file. A missing file or an invalid one is
 * fatal (BuildError naming the file and the JSON path of the problem).
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

/** Parses the text of a sources file at `file` (absolute) into a config with defaults filled in. */
export function parseSourcesFile(text: string, file: string): SourcesConfig {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (cause) {
    throw invalid(file, messages.sourcesFileNotJson(file, (cause as Error).message), cause);
  }
  const top = expectObject(json, '$', file);
  checkKeys(top, TOP_KEYS, '$', file);
  const baseDir = path.dirname(file);
  const output = optionalString(top, 'output', '$', file) ?? DEFAULT_OUTPUT;
  if (!Array.isArray(top.sources) || top.sources.length === 0) fail(file, '$.sources', messages.mustBe('a non-empty array'));
  const sources = (top.sources as unknown[]).map((raw, i) => toSourceSpec(raw, `$.sources[${i}]`, file));
  sources.forEach((s, i) => {
    const first = sources.findIndex((t) => t.name.toLowerCase() === s.name.toLowerCase());
    if (first === i) return;
    const other = sources[first].name;
    fail(file, `$.sources[${i}].name`, other === s.name ? messages.duplicateName(s.name) : messages.duplicateNameCase(s.name, other));
  });
  return { file, baseDir, output: path.resolve(baseDir, output), sources };
}

function toSourceSpec(raw: unknown, at: string, file: string): SourceSpec {
  const obj = expectObject(raw, at, file);
  checkKeys(obj, SOURCE_KEYS, at, file);
  const name = requiredString(obj, 'name', at, file);
  if (!SOURCE_NAME_PATTERN.test(name)) fail(file, `${at}.name`, messages.mustBe(`a name matching ${SOURCE_NAME_PATTERN}`));
  const kind = oneOf(obj, 'kind', SOURCE_KINDS, at, file) ?? fail(file, `${at}.kind`, messages.mustBe('"root" or "csv"'));
  if (kind === 'csv') {
    const rootOnly = ROOT_ONLY_KEYS.find((k) => obj[k] !== undefined);
    if (rootOnly) fail(file, `${at}.${rootOnly}`, messages.rootOnlyProperty());
  }
  const tree = optionalString(obj, 'tree', at, file) ?? '';
  if (kind === 'root' && tree === '') fail(file, `${at}.tree`, messages.mustBe('a non-empty string for a ROOT source'));
  return {
    name,
    kind,
    files: stringOrList(obj, 'files', at, file, true),
    tree: kind === 'root' ? tree : '',
    key: optionalString(obj, 'key', at, file) ?? DEFAULT_KEY,
    duplicates: oneOf(obj, 'duplicates', DUPLICATE_POLICIES, at, file) ?? 'last',
    include: stringOrList(obj, 'include', at, file, false),
    exclude: stringOrList(obj, 'exclude', at, file, false),
  };
}

function expectObject(value: unknown, at: string, file: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, at, messages.mustBe('an object'));
  return value as Json;
}

function checkKeys(obj: Json, allowed: readonly string[], at: string, file: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(file, `${at}.${key}`, messages.unknownProperty(allowed));
  }
}

function optionalString(obj: Json, key: string, at: string, file: string): string | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') fail(file, `${at}.${key}`, messages.mustBe('a non-empty string'));
  return value;
}

function requiredString(obj: Json, key: string, at: string, file: string): string {
  return optionalString(obj, key, at, file) ?? fail(file, `${at}.${key}`, messages.mustBe('a non-empty string'));
}

function oneOf<T extends string>(obj: Json, key: string, allowed: readonly T[], at: string, file: string): T | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) fail(file, `${at}.${key}`, messages.mustBe(`one of ${allowed.map((a) => `"${a}"`).join(', ')}`));
  return value as T;
}

function stringOrList(obj: Json, key: string, at: string, file: string, required: boolean): string[] {
  const value = obj[key];
  if (value === undefined && !required) return [];
  if (typeof value === 'string' && value !== '') return [value];
  const ok = Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '') && (value.length > 0 || !required);
  if (!ok) fail(file, `${at}.${key}`, messages.mustBe(required ? 'a path, a glob or a non-empty list of them' : 'a string or a list of strings'));
  return value as string[];
}

function fail(file: string, at: string, problem: string): never {
  throw invalid(file, messages.sourcesFileInvalid(file, at, problem));
}

function invalid(file: string, message: string, cause?: unknown): BuildError {
  return new BuildError({ kind: 'sources-file-invalid', file, message, hint: messages.sourcesFileHint() }, { cause });
}
