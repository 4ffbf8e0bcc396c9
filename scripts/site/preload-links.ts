import { DATA_FILES } from '../../src/contract/data-contract';

/**
 * `<link rel="preload">` tags for what the page fetches first: the data's
 * manifest and SQLite file (under data/, relative to the page, as the app
 * fetches them) and sql.js's wasm (`wasmHref`, when the build has it). The
 * browser starts them while it still parses and runs the app's script
 * (~100 ms at start-up), and the app's own fetch() calls take the preloaded
 * responses: `as="fetch"` with `crossorigin` is what a same-origin fetch()
 * with default options matches.
 */
export function preloadLinks(wasmHref?: string): string[] {
  const hrefs = [`data/${DATA_FILES.manifest}`, `data/${DATA_FILES.sqlite}`, ...(wasmHref ? [wasmHref] : [])];
  return hrefs.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin />`);
}
