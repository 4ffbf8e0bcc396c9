/**
 * site.json: what the app needs before any view, written by the Vite plugin
 * (scripts/site/vite-plugin-runlens.ts) from runlens.config.json and views/.
 * View files themselves are served beside it as views/<name>.json.
 */
export interface SiteIndex {
  /** The site's title. */
  title: string;
  /** The view opened when the address names none. */
  defaultView: string;
  /** Every view file, by name (file name without `.json`) and title, sorted by name. */
  views: ViewEntry[];
}

export interface ViewEntry {
  name: string;
  title: string;
}

/** Paths under the site's base. */
export const SITE_FILES = {
  index: 'site.json',
  view: (name: string) => `views/${name}.json`,
} as const;

/** A view's name is its file name without `.json`: letters, digits, `-` and `_` (it goes into addresses). */
export const VIEW_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The schema file in views/, which is not a view. */
export const VIEW_SCHEMA_FILE = 'view.schema.json';

/** site.json's content when it has the expected shape (it is the plugin's output, so a light check suffices). */
export function toSiteIndex(json: unknown): SiteIndex | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const { title, defaultView, views } = json as Record<string, unknown>;
  if (typeof title !== 'string' || typeof defaultView !== 'string' || !Array.isArray(views)) return undefined;
  const entries = views.filter((v): v is ViewEntry => typeof v?.name === 'string' && VIEW_NAME_PATTERN.test(v.name) && typeof v.title === 'string');
  return entries.length === views.length ? { title, defaultView, views: entries } : undefined;
}
