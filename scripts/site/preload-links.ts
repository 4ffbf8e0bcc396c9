import { DATA_FILES } from '../../src/contract/data-contract';

/**
 * `<link rel="preload">` tags for what the page fetches first: the data's
 * manifest and the default view's column files (`columnFiles`, names inside
 * the data folder), under data/ relative to the page, as the app fetches
 * them. The browser starts them while it still parses and runs the app's
 * script (~100–200 ms at start-up), and the app's own fetch() calls take the
 * preloaded responses: `as="fetch"` with `crossorigin` is what a same-origin
 * fetch() with default options matches. The SQLite file and sql.js's wasm
 * are not preloaded: they are fetched after the first draw, and preloading
 * them would slow the column files down.
 */
export function preloadLinks(columnFiles: readonly string[] = []): string[] {
  const hrefs = [`data/${DATA_FILES.manifest}`, ...columnFiles.map((name) => `data/${name}`)];
  return hrefs.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin />`);
}
