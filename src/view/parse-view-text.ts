import { toJsonPath, type PathSegment } from './json-path';
import { VIEW_LIMITS } from './view-limits';
import { viewMessages } from './view-messages';
import type { ViewProblem } from './view-spec';

/** A view file's text parsed as JSON, or why it was refused before any schema check. */
export type ParsedView = { ok: true; json: unknown } | { ok: false; problems: ViewProblem[] };

/**
 * Parses a view file's text as untrusted input: refuses it when it is larger
 * than the cap, nests deeper than the cap (checked on the text, before
 * parsing), is not JSON, or has a `"__proto__"` key anywhere.
 */
export function parseViewText(text: string, limits = VIEW_LIMITS): ParsedView {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes) return refuse('$', viewMessages.tooLarge(bytes, limits.maxBytes));
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const deep = firstTooDeep(body, limits.maxDepth);
  if (deep) return refuse('$', viewMessages.tooDeep(limits.maxDepth, deep.line, deep.column));
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const why = (error as Error).message;
    const at = /at position (\d+)/.exec(why);
    const place = at ? lineAndColumn(body, Number(at[1])) : undefined;
    return refuse('$', viewMessages.notJson(why, place?.line, place?.column));
  }
  const proto = protoKeyPaths(json, []);
  return proto.length ? { ok: false, problems: proto.map((path) => problem(path, viewMessages.protoKey())) } : { ok: true, json };
}

/** Line and column (from 1) of the first bracket that opens level `maxDepth + 1`, outside strings. */
function firstTooDeep(text: string, maxDepth: number): { line: number; column: number } | undefined {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > maxDepth) return { line, column: i - lineStart + 1 };
    } else if (c === '}' || c === ']') depth--;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return undefined;
}

/** JSON paths of every `__proto__` key (JSON.parse keeps it as an own key; a copy by assignment would make it the prototype). */
function protoKeyPaths(value: unknown, at: PathSegment[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => protoKeyPaths(item, [...at, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) =>
    key === '__proto__' ? [toJsonPath([...at, key])] : protoKeyPaths((value as Record<string, unknown>)[key], [...at, key]),
  );
}

/** Line and column (from 1) of character `offset` of `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function refuse(path: string, message: string): ParsedView {
  return { ok: false, problems: [problem(path, message)] };
}

function problem(path: string, message: string): ViewProblem {
  return { kind: 'view-problem', path, message };
}
