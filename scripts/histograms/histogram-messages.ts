/**
 * Every sentence the histogram extraction writes: fatal errors (with what to
 * do), details inside refused files, and the CLI's lines. Tests compare
 * against these functions, never against copied text.
 */

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export const histogramMessages = {
  // Fatal: the request itself cannot be honoured.
  noHistograms: () => 'no histogram paths given: name at least one path or pattern (e.g. TPC/*)',
  emptyPath: (index: number) => `histogram path ${index + 1} is empty: give a path such as TPC/dEdx or a pattern such as TPC/*`,
  badRunPattern: (pattern: string, reason: string) =>
    `the run pattern ${JSON.stringify(pattern)} is not a valid regular expression (${reason}): use e.g. "(\\d+)\\.root$"`,
  runPatternGroups: (pattern: string, groups: number) =>
    `the run pattern ${JSON.stringify(pattern)} has ${groups} capture groups: use exactly one, around the run number (non-capturing (?:…) for the others)`,
  expectedRunsUnreadable: (file: string, reason: string) =>
    `${file}: cannot read the expected runs (${reason}): give a CSV file with a "run" column`,
  expectedRunsColumn: (file: string) => `${file}: has no "run" column: give a CSV file whose header names a "run" column`,
  // Details of a refused file.
  badDirectory: (seek: number) => `the directory record at byte ${seek} does not say where its keys are`,
  jsrootCannotRead: (detail: string) => `jsroot cannot read it (${detail}): the data differs from what ROOT wrote.`,
  jsrootLost: (detail: string) => `jsroot stopped while decoding (${detail}): the data differs from what ROOT wrote.`,
  // CLI.
  usage: () =>
    'usage: npm run build:hist -- --files "qa/*.root" --run-pattern "(\\d+)\\.root$" --histograms "TPC/*,ITS/**" [--out public/data/hist] [--expect-runs runs.csv]\n' +
    '       npm run build:hist -- --file all-runs.root --run-pattern "^run(\\d+)$" --histograms "TPC/*" [--out DIR]',
  unknownOption: (arg: string) => `unknown option ${arg}`,
  missingValue: (option: string) => `option ${option} needs a value`,
  missingOption: (option: string) => `option ${option} is required`,
  bothSources: () => 'give either --files (one file per run) or --file (one directory per run), not both',
  progress: (done: number, total: number, seconds: number) => `read ${plural(done, 'file')} of ${total.toLocaleString('en-US')} (${seconds.toFixed(1)} s)`,
  summary: (runs: number, histograms: number, bytes: number, seconds: number) =>
    `extracted ${plural(histograms, 'histogram')} of ${plural(runs, 'run')} in ${seconds.toFixed(1)} s: ${MB(bytes)} of run files (${kB(runs ? bytes / runs : 0)} per run on average)`,
  sizes: (min: number, median: number, max: number) => `run file sizes: smallest ${kB(min)}, median ${kB(median)}, largest ${kB(max)}`,
  reportCounts: (counts: [kind: string, n: number][]) => `report: ${counts.map(([kind, n]) => `${n} ${kind}`).join(', ')}`,
  wrote: (folder: string, files: number) => `wrote ${plural(files, 'file')} to ${folder}`,
  outputUnsafe: (folder: string) =>
    `${folder} exists and is not a histogram folder written by build:hist (an index.json of format runlens-hist-index/1, a report.json and <run>.json files): choose another --out or remove it`,
  writeFailed: (folder: string, reason: string) => `cannot write ${folder} (${reason}): nothing was replaced; check the folder's permissions and free space`,
} as const;
