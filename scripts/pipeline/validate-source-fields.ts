import { clip } from './clip-text';
import { messages } from './messages';
import type { MissingRule, PivotSpec } from './sources-config';

/** Collects the problems of one sources file (JSON path, what is wrong); returns undefined so callers can `?? fallback`. */
export type Problems = (at: string, problem: string) => undefined;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `runRange`: two whole numbers [lo, hi], lo ≤ hi. */
export function runRange(value: unknown, at: string, problem: Problems): [number, number] | undefined {
  if (value === undefined) return undefined;
  const ok = Array.isArray(value) && value.length === 2 && value.every((v) => Number.isSafeInteger(v)) && (value[0] as number) <= (value[1] as number);
  if (!ok) return problem(at, messages.mustBe('two whole numbers [lowest, highest] with lowest ≤ highest'));
  return [value[0] as number, value[1] as number];
}

/**
 * `missing`: a list of finite numbers (for every column of the source) or an
 * object from column globs to such lists. Each rule keeps its glob.
 */
export function missingRules(value: unknown, at: string, problem: Problems): MissingRule[] {
  if (Array.isArray(value)) {
    const values = numberList(value, at, problem);
    return values ? [{ columns: '*', values }] : [];
  }
  if (!isObject(value) || Object.keys(value).length === 0) {
    return problem(at, messages.mustBe('a list of numbers, or an object from column globs to lists of numbers')) ?? [];
  }
  return Object.entries(value).flatMap(([glob, list]) => {
    const where = `${at}.${clip(glob, 80)}`;
    if (glob === '') return problem(where, messages.mustBe('a non-empty column glob')) ?? [];
    const values = numberList(list, where, problem);
    return values ? [{ columns: glob, values }] : [];
  });
}

function numberList(value: unknown, at: string, problem: Problems): number[] | undefined {
  const ok = Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!ok) return problem(at, messages.mustBe('a non-empty list of finite numbers'));
  return value as number[];
}

/** `pivot`: { name, value }, two different columns, neither the key. */
export function pivotSpec(value: unknown, at: string, key: string, problem: Problems): PivotSpec | undefined {
  if (!isObject(value)) return problem(at, messages.mustBe('an object { "name": <column>, "value": <column> }'));
  for (const k of Object.keys(value)) if (k !== 'name' && k !== 'value') problem(`${at}.${clip(k, 80)}`, messages.unknownProperty(['name', 'value']));
  const field = (k: 'name' | 'value'): string | undefined => {
    const v = value[k];
    if (typeof v !== 'string' || v === '') return problem(`${at}.${k}`, messages.mustBe('a non-empty column name'));
    if (v === key) return problem(`${at}.${k}`, messages.pivotIsKey());
    return v;
  };
  const name = field('name');
  const column = field('value');
  if (name === undefined || column === undefined) return undefined;
  if (name === column) return problem(`${at}.value`, messages.pivotSameColumn());
  return { name, value: column };
}

/** `runFromPath`: a regular expression with exactly one capture group. */
export function runFromPath(value: unknown, at: string, problem: Problems): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') return problem(at, messages.mustBe('a regular expression with one capture group'));
  let groups: number;
  try {
    // Matching the empty alternative always succeeds and yields one slot per capture group.
    groups = new RegExp(`${value}|`, 'u').exec('')!.length - 1;
  } catch (error) {
    return problem(at, messages.badRegex(clip((error as Error).message)));
  }
  if (groups !== 1) return problem(at, messages.captureGroups(groups));
  return value;
}

/** A non-empty list of distinct non-empty strings (`columns` of a headerless CSV). */
export function stringList(value: unknown, at: string, problem: Problems): string[] | undefined {
  const ok = Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== '');
  if (!ok) return problem(at, messages.mustBe('a non-empty list of non-empty column names'));
  const names = value as string[];
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated !== undefined) return problem(at, messages.repeatedColumnName(clip(repeated)));
  return names;
}
