import { groupDigits } from '../text/group-digits';

/** Message text for loading problems: what failed, in which file, what to do. */

/** What to do when the data files do not belong together or are damaged. */
const REBUILD =
  'Rebuild the data with `npm run build:data` (on a hosted site: deploy public/data/ again, all files together), then reload without the cache (Shift+Reload).';

/** A byte count with thousands separators, e.g. `909,312 bytes`. */
const bytes = (n: number) => `${groupDigits(n)} bytes`;

/** The first 12 hex digits of a sha256, enough to tell two apart. */
const short = (hex: string) => `${hex.slice(0, 12)}…`;

/** Up to five names in quotes, then how many more. */
const listed = (names: readonly string[]) =>
  names.slice(0, 5).map((name) => `"${name}"`).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');

export const loadMessages = {
  httpStatus: (file: string, status: number) =>
    `Could not fetch ${file}: the server answered HTTP ${status}. Run \`npm run build:data\` so that public/data/ holds it, then rebuild or reload.`,
  network: (file: string, cause: string) =>
    `Could not fetch ${file}: ${cause}. Check that the page is served over http(s) and reload.`,
  stalled: (file: string, received: number, total: number | undefined, seconds: number) =>
    `The download of ${file} stalled: no data for ${seconds} s after ${bytes(received)}${total === undefined ? '' : ` of ${bytes(total)}`}. Check the network connection and reload; on a slow link, open the page with ?stallTimeout=${Math.max(120, seconds * 4)} to wait longer.`,
  badManifest: (file: string, why: string) =>
    `${file} is not a RunLens data manifest (${why}). Rebuild the data with \`npm run build:data\`.`,
  manifestNotJson: (file: string, cause: string) =>
    `${file} is not JSON (${cause}): it is damaged or not the data manifest. Rebuild the data with \`npm run build:data\`.`,
  sizeMismatch: (file: string, actual: number, manifest: string, expected: number) =>
    `${file} is ${bytes(actual)} but ${manifest} lists ${bytes(expected)}: ${
      actual < expected ? 'the file is cut short, or ' : ''
    }the two come from different builds (one of them is stale). ${REBUILD}`,
  tooLarge: (file: string, manifest: string, expected: number) =>
    `${file} is larger than the ${bytes(expected)} ${manifest} lists, so its download was stopped: the two come from different builds (one of them is stale). ${REBUILD}`,
  hashMismatch: (file: string, actual: string, manifest: string, expected: string) =>
    `${file} does not match ${manifest} (its sha256 is ${short(actual)}, the manifest lists ${short(expected)}): the two come from different builds, or one was changed after the build; no data was drawn from it. ${REBUILD}`,
  notADatabase: (file: string) => `${file} is not an SQLite database (SQLite: file is not a database). ${REBUILD}`,
  malformed: (file: string, cause: string) => `${file} is a damaged SQLite database (SQLite: ${cause}). ${REBUILD}`,
  sqlite: (file: string, cause: string) => `Could not read ${file} with sql.js: ${cause}. ${REBUILD}`,
  noTable: (file: string, table: string, role: string) =>
    `${file} has no \`${table}\` table (${role}): it was not written by RunLens's build, or by an older one. ${REBUILD}`,
  missingColumns: (file: string, names: readonly string[], manifest: string) =>
    `${file} has no column ${listed(names)}, which ${manifest} lists: the two come from different builds (one of them is stale). ${REBUILD}`,
  runCount: (file: string, actual: number, manifest: string, expected: number) =>
    `${file} holds ${actual} runs but ${manifest} says ${expected}: the two come from different builds (one of them is stale). ${REBUILD}`,
  badStallTimeout: (given: string, seconds: number) =>
    `?stallTimeout=${given} is not a number of seconds above 0; a download is given up after the default ${seconds} s without data.`,
  wasm: (cause: string) => `Could not start sql.js (WebAssembly): ${cause}. Use a browser with WebAssembly enabled.`,
  columnsNotListed: (manifest: string, names: readonly string[]) =>
    `${manifest} lists no column file for ${listed(names)}: it is damaged or written by another version of the build. ${REBUILD}`,
  badColumnFile: (file: string, column: string, runs: number, why: string) =>
    `${file} is not the column file of "${column}" over ${runs} runs: ${why}. ${REBUILD}`,
  runNotListed: (file: string, table: string, run: number) =>
    `${file} is damaged: its table "${table}" holds run ${run}, which its runs table lacks. ${REBUILD}`,
  view: (view: string, count: number) => `View "${view}" has ${count} problem${count === 1 ? '' : 's'}; fix the view file:`,
  unknownView: (name: string, known: readonly string[]) =>
    `No view named "${name}" (known: ${known.join(', ')}). Showing the default view instead.`,
} as const;
