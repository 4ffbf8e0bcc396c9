/** Message text for loading problems: what failed, in which file, what to do. */

export const loadMessages = {
  httpStatus: (file: string, status: number) =>
    `Could not fetch ${file}: the server answered HTTP ${status}. Run \`npm run build:data\` so that public/data/ holds it, then rebuild or reload.`,
  network: (file: string, cause: string) =>
    `Could not fetch ${file}: ${cause}. Check that the page is served over http(s) and reload.`,
  badManifest: (file: string, why: string) =>
    `${file} is not a RunLens data manifest (${why}). Rebuild the data with \`npm run build:data\`.`,
  sqlite: (file: string, cause: string) =>
    `Could not open ${file} with sql.js: ${cause}. The file may be truncated; rebuild the data with \`npm run build:data\`.`,
  wasm: (cause: string) => `Could not start sql.js (WebAssembly): ${cause}. Use a browser with WebAssembly enabled.`,
  columnNotListed: (column: string) =>
    `The data has no column "${column}" (runlens.sqlite's columns table does not list it). Rebuild the data with \`npm run build:data\`, or fix the view.`,
  runNotListed: (table: string, run: number) =>
    `runlens.sqlite is damaged: table "${table}" holds run ${run}, which its runs table lacks. Rebuild the data with \`npm run build:data\`.`,
  view: (view: string, count: number) => `View "${view}" has ${count} problem${count === 1 ? '' : 's'}; fix the view file:`,
  unknownView: (name: string, known: readonly string[]) =>
    `No view named "${name}" (known: ${known.join(', ')}). Showing the default view instead.`,
} as const;
