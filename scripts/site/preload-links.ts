import { DATA_FILES } from '../../src/contract/data-contract';

/**
 * `<link rel="preload">` tags for what the page fetches first: the data's
 * manifest (under data/, relative to the page, as the app fetches it). The
 * browser starts it while it still parses and runs the app's script
 * (~100 ms at start-up), and the app's own fetch() takes the preloaded
 * response: `as="fetch"` with `crossorigin` is what a same-origin fetch()
 * with default options matches. The SQLite file and sql.js's wasm are not
 * preloaded: they are fetched after the first draw (the charts read the
 * column files), and preloading them would slow the column files down.
 */
export function preloadLinks(): string[] {
  const hrefs = [`data/${DATA_FILES.manifest}`];
  return hrefs.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin />`);
}
