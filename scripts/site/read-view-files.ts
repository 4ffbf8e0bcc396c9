import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VIEW_NAME_PATTERN, VIEW_SCHEMA_FILE } from '../../src/view/site-index';

/** One view file as read from disk. */
export interface ViewFileText {
  /** File name without `.json` (the name in `?view=`). */
  name: string;
  /** Path as messages show it, relative to the project (`views/tpc-overview.json`). */
  file: string;
  /** Absolute path. */
  absolute: string;
  text: string;
}

/** Every `*.json` in `dir` except the schema, sorted by name. */
export function readViewFiles(dir: string, root: string = process.cwd()): ViewFileText[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.endsWith('.json') && entry !== VIEW_SCHEMA_FILE)
    .sort()
    .map((entry) => {
      const absolute = path.join(dir, entry);
      return { name: entry.slice(0, -'.json'.length), file: path.relative(root, absolute) || entry, absolute, text: readFileSync(absolute, 'utf8') };
    });
}

/** True when a view's name can be used in an address (`?view=<name>`) and a file path. */
export function isViewName(name: string): boolean {
  return VIEW_NAME_PATTERN.test(name);
}
