/**
 * Every text the build prints or stores, one function per message, so tests
 * compare against these functions rather than copied sentences.
 */
import { REPORT_LIST_CAP, SET_MARKER, type ReportEntry } from '../../src/contract/data-contract';
import type { HistogramReportEntry } from '../../src/contract/histogram-contract';
import { clip } from './clip-text';

const list = (names: readonly string[]): string => (names.length === 0 ? '(none)' : names.join(', '));

/** One finding of the histogram source as a sentence (what, which run and file, what was done). */
function histogramFinding(f: HistogramReportEntry): string {
  switch (f.kind) {
    case 'missing-file':
      return `run ${f.run} has no QA file`;
    case 'no-files':
      return `${clip(f.pattern, 120)} matches no file: check the path (the build went on without it)`;
    case 'no-run-number':
      return `${clip(f.file, 120)}: the run pattern ${clip(f.runPattern, 60)} finds no run number in its path; file skipped`;
    case 'repeated-run':
      return `run ${f.run} has ${f.files.length} files (${f.files.map((n) => clip(n, 80)).join(', ')}); kept ${clip(f.kept, 80)}`;
    case 'missing-histogram':
      return `run ${f.run}: ${clip(f.file, 120)} has no histogram ${clip(f.path, 120)}`;
    case 'not-a-histogram':
      return `run ${f.run}: ${clip(f.file, 120)}: ${clip(f.path, 120)} is a ${f.className}, not a histogram; skipped`;
    case 'refused-file':
      return `${clip(f.file, 120)} refused (${f.reason}${f.object ? `, ${clip(f.object, 80)}` : ''}): ${clip(f.detail)}; none of its histograms taken`;
    case 'unverified-integrity':
      return `${clip(f.file, 120)}: ${f.records} records (${f.bytes} of ${f.bytesRead} bytes) read without checksum: ${clip(f.detail)}`;
  }
}

const firstFew = (names: readonly string[], n: number): string =>
  names.length <= n ? list(names) : `${names.slice(0, n).join(', ')} and ${names.length - n} more`;

export const messages = {
  // sources file
  sourcesFileMissing: (file: string) => `Sources file ${file} does not exist.`,
  sourcesFileMissingHint: () =>
    'Pass --sources <file> or create data/sources.json (README.md, section "Point the build at your own trending files").',
  sourcesFileNotJson: (file: string, detail: string) => `Sources file ${file} is not valid JSON: ${detail}.`,
  sourcesFileInvalid: (file: string, path: string, problem: string) => `Sources file ${file}: ${path} ${problem}.`,
  sourcesFileProblems: (file: string, problems: readonly { at: string; problem: string }[]) =>
    `Sources file ${file} has ${problems.length} problems:${problems.map((p) => `\n  ${p.at} ${p.problem}.`).join('')}`,
  duplicateKey: (line: number) => `is repeated (line ${line}); JSON keeps only the last, so remove one`,
  sourcesFileHint: () =>
    'Fix the sources file; its format is in README.md, section "Point the build at your own trending files".',
  mustBe: (what: string) => `must be ${what}`,
  secondHistogramSource: () => 'is a second "histograms" source: a sources file has at most one (its files go to the set\'s hist/ folder); list every file pattern in one source',
  noTableSource: () => 'must hold at least one "root" or "csv" source (a "histograms" source alone gives no runs table)',
  rootOnlyProperty: () => 'is only for ROOT sources (a CSV source reads every column of its files); remove it',
  csvOnlyProperty: () => 'is only for CSV sources (a ROOT tree names its branches); remove it',
  keyWithRunFromPath: () => 'cannot be given with "runFromPath" (the run comes from the file path); remove one',
  columnsWithoutKey: (key: string) => `does not name the key column "${clip(key)}"; add it, or set "key"`,
  onlyWithPivot: () => 'is only for a source with "pivot"; remove it',
  pivotIsKey: () => 'names the key column; the key stays the run, choose another column',
  pivotSameColumn: () => 'names the same column as "name"; the names and the values must be two columns',
  badRegex: (detail: string) => `is not a valid regular expression (${detail})`,
  captureGroups: (groups: number) => `must have exactly one capture group (the run number), it has ${groups}`,
  repeatedColumnName: (name: string) => `repeats the column name "${name}"`,
  unknownProperty: (allowed: readonly string[]) => `is not a known property (known: ${list(allowed)})`,
  duplicateName: (name: string) => `repeats the source name "${name}"`,
  duplicateNameCase: (name: string, other: string) =>
    `repeats the source name "${other}" up to case ("${name}"); column names must differ by more than case in SQLite`,

  // source files
  noFileMatches: (pattern: string, baseDir: string) => `No file matches "${pattern}" (relative to ${baseDir}).`,
  noFileMatchesHint: () => 'Check the path or glob in the sources file, or generate the data (npm run make:demo).',
  sourceFileUnreadable: (file: string, detail: string) => `Cannot read ${file}: ${detail}.`,
  sourceFileUnreadableHint: () => 'Check that the file exists, is readable and is not truncated.',
  notRegularFile: (file: string, kind: string) => `${file} is a ${kind}, not a regular file; the build reads only regular files.`,
  notRegularFileHint: () => 'Point the sources file at the data file itself (a link to a regular file is fine), or narrow the glob.',
  fileTooLarge: (file: string, bytes: number, max: number) =>
    `${file} holds ${bytes} bytes, more than the ${max} bytes the build reads from one file.`,
  fileTooLargeHint: () => 'Check that this is the intended file; if it is, raise "maxFileBytes" in the sources file.',
  fileChangedWhileRead: (file: string) => `${file} changed size while it was read.`,
  skippedOutputFile: (source: string, file: string) => `skipping ${source}: ${file}: it is inside the output folder (or its staging or previous folder)`,
  skippedSameFile: (source: string, file: string, same: string) => `skipping ${source}: ${file}: it is the same file as ${same}`,
  noFileOutsideOutput: (source: string) => `Every file of source "${source}" lies inside the output folder (or its staging or previous folder); the build never reads its own outputs.`,
  noFileOutsideOutputHint: () => 'Point "files" at the input files, or write the output elsewhere ("output" or --out).',

  // keys
  keyMissing: (file: string, tree: string, key: string, have: readonly string[]) =>
    `${file}${tree ? `:${tree}` : ''} has no key column "${clip(key)}"; it has: ${firstFew(have.map((h) => clip(h, 80)), 20)}.`,
  keyRefused: (file: string, tree: string, key: string, reason: string) =>
    `${file}${tree ? `:${tree}` : ''}: the key branch "${clip(key)}" cannot be read: ${reason}.`,
  keyRefusedHint: () => 'Choose as "key" of this source an integer branch the reader can read, or fix the branch in the file.',
  keyMissingHint: () => 'Set "key" of this source in the sources file to one of the columns listed.',
  keyNotInteger: (file: string, tree: string, key: string, rootType: string) =>
    `${file}${tree ? `:${tree}` : ''}: key "${key}" has type ${rootType}, not an integer type.`,
  keyTooWide: (file: string, tree: string, key: string) =>
    `${file}${tree ? `:${tree}` : ''}: key "${key}" holds values beyond ±2^53, too large for run numbers.`,
  keyNotIntegerHint: () => 'Choose an integer branch (run number) as "key" of this source.',
  invalidKeyEmpty: () => 'key is empty',
  invalidKeyNotInteger: () => 'key is not an integer',
  invalidKeyTooLarge: () => 'key lies beyond ±2^53',

  // columns
  columnTypeConflict: (source: string, column: string, byFile: readonly { file: string; kind: string }[]) =>
    `Source "${source}": column "${column}" has different types across its files (${list(byFile.map((f) => `${f.file}: ${f.kind}`))}).`,
  columnTypeConflictHint: () => 'Make the files of one source agree on the type of each column, or split them into two sources.',
  columnNameClash: (a: { name: string; source: string; files: string[] }, b: { name: string; source: string; files: string[] }) =>
    `Columns "${a.name}" (source "${a.source}": ${list(a.files)}) and "${b.name}" (source "${b.source}": ${list(b.files)}) differ only by case; SQLite column names ignore case.`,
  columnNameClashHint: () => 'Leave one of them out ("exclude" for a ROOT source) or rename the CSV header or the source.',
  csvMalformed: (file: string, line: number, fields: number, expected: number) =>
    `${file}: the record starting on line ${line} has ${fields} fields, the header has ${expected}.`,
  csvParseError: (file: string, line: number, detail: string) => `${file}: cannot parse the CSV at line ${line}: ${detail}.`,
  csvParseHint: () => 'Close the quoted field on that line (a quote inside a quoted field is written as two quotes ""); fields are separated by commas.',
  csvDuplicateHeader: (file: string, name: string) => `${file}: the header repeats the column "${clip(name)}".`,
  csvControlInHeader: (file: string, column: number, name: string) =>
    `${file}: header column ${column} (counted from 1), "${clip(name)}", holds a control character (such as NUL); column names must be plain text.`,
  csvEmptyHeader: (file: string, column: number) => `${file}: header column ${column} (counted from 1) has no name.`,
  csvHint: () => 'Fix the CSV file so every row has one field per header column and header names are non-empty and unique.',
  valueOutOfRange: (column: string, value: string) =>
    `Column "${column}" holds ${value}, beyond the 64-bit signed range SQLite can store.`,
  valueOutOfRangeHint: () => 'Exclude this branch in the sources file ("exclude").',

  // repeats
  repeatedRunFail: (source: string, run: number, where: string) =>
    `Source "${source}" repeats run ${run} (${where}) and its duplicates policy is "fail".`,
  repeatedRunFailHint: () => 'Remove the repeated entries, or set "duplicates" to "last" or "first" for this source.',

  // plausibility, keys from floats, entries and paths
  wrappedAbove: (value: number) =>
    `${value} is 2^32 + ${value - 2 ** 32}, where the column's other values are all far smaller: a 32-bit counter that went round?`,
  wrappedBelow: (value: number) =>
    `${value} is 2^32 - ${2 ** 32 - value}, where the column's other values are all far smaller: the negative number -${2 ** 32 - value} read as unsigned 32-bit?`,
  keyNotWhole: (file: string, tree: string, key: string, where: string, value: string) =>
    `${file}${tree ? `:${tree}` : ''}: key "${clip(key)}" holds ${value} at ${where}, which is not a whole number, so it cannot be a run number.`,
  keyNotWholeHint: () => 'Choose a key that holds run numbers (the build accepts a floating-point key only when every value is a whole number), or fix the file.',
  runFromPathNoMatch: (file: string, regex: string) =>
    `${file}: the path does not match "runFromPath" ${clip(regex)}, or its capture group is not a whole number.`,
  runFromPathHint: () => 'Fix "runFromPath" (a regular expression over the path relative to the sources file, "/" separated, with one capture group holding the run), or narrow "files".',
  runFromPathEntries: (file: string, tree: string, entries: number) =>
    `${file}:${tree} holds ${entries} entries; with "runFromPath" each file holds one run, so one entry.`,
  runFromPathEntriesHint: () => 'Remove "runFromPath" and name the run branch as "key", or point "files" at per-run files.',
  csvHeaderLooksLikeData: (file: string, cells: number) =>
    `${file}: line 1 looks like data, not a header: all its ${cells} cells are numbers.`,
  csvHeaderLooksLikeDataHint: () =>
    'Add a header line to the file, or name its columns in the sources file with "columns": ["run", …] (then every line is read as data).',
  pivotMissingColumn: (file: string, role: 'name' | 'value', column: string, have: readonly string[]) =>
    `${file}: the pivot ${role} column "${clip(column)}" does not exist; it has: ${firstFew(have.map((h) => clip(h, 80)), 20)}.`,
  pivotMissingColumnHint: () => 'Set "pivot" of this source to { "name": <column of names>, "value": <column of values> } from the columns listed.',
  pivotTooMany: (source: string, names: number, max: number, examples: readonly string[]) =>
    `Source "${source}": its pivot names make more than ${max} columns (${names} distinct so far, such as ${examples.map((e) => `"${clip(e, 40)}"`).join(', ')}).`,
  pivotTooManyHint: () => 'Check that "pivot.name" is the column of names (trigger classes…), not of values; if so many are right, raise "maxPivotColumns".',
  pivotRepeatFail: (source: string, run: number, name: string, where: string) =>
    `Source "${source}" repeats run ${run}, name "${clip(name)}" (${where}) and its duplicates policy is "fail".`,
  pivotNoName: () => 'the pivot name is missing or empty',
  pivotNoValue: () => 'the pivot value is missing',

  // non-finite
  nonFiniteDetail: (nan: number, posInf: number, negInf: number) =>
    [
      nan > 0 ? `${nan} NaN (stored as missing)` : '',
      posInf > 0 ? `${posInf} +Inf` : '',
      negInf > 0 ? `${negInf} -Inf` : '',
    ].filter((part) => part !== '').join(', ') + (posInf + negInf > 0 ? ' (±Inf stored as REAL ±Inf)' : ''),

  // output
  outputNotWritable: (dir: string, detail: string) => `Cannot write the output folder ${dir}: ${detail}.`,
  outputNotWritableHint: () => 'Check the permissions of the output folder, or pass --out <dir>.',
  outputNotAFolder: (dir: string) => `The output path ${dir} exists and is not a folder; the build will not replace it.`,
  outputNotOurs: (dir: string, why: string) =>
    `The output folder ${dir} is not empty and is not an output set the build wrote (${why}); the build will not delete it.`,
  outputHoldsInput: (dir: string, what: string) => `The output folder ${dir} contains ${what}; the build replaces that folder as a whole.`,
  outputUnsafeHint: () =>
    `Point "output" in the sources file (or --out <dir>) at a new or empty folder, or at a folder the build wrote before (holding its ${SET_MARKER} marker and only the files its manifest.json lists).`,
  folderNotOurs: (dir: string, slot: 'output' | 'staging' | 'previous', why: string) =>
    `The folder ${dir} is where the build keeps its ${slot === 'output' ? 'output set' : slot === 'staging' ? 'staging set while writing' : 'previous set while swapping'}, but the build did not write what is there (${why}); the build will not delete or move it.`,
  folderNotOursHint: (dir: string) =>
    `It may be yours: move or rename ${dir}, then build again (or pass --out <dir> to write elsewhere). If it is an output set from an interrupted build, rename it to the output folder's name.`,
  notAFolder: (kind: string) => (kind === 'other' ? 'it is a symbolic link or special file, not a folder' : 'it is a file, not a folder'),
  noMarker: (entries: readonly string[]) =>
    entries.length === 0 ? `it is empty: no ${SET_MARKER} marker` : `it has no valid ${SET_MARKER} marker and is not a complete set of an older format; it holds ${firstFew(entries, 5)}`,
  markerMismatch: (manifestId: string, markerId: string) =>
    `its manifest.json records set id "${clip(manifestId, 40)}" but its ${SET_MARKER} marker holds "${clip(markerId, 40)}"`,
  unlistedEntries: (extra: readonly string[]) => `it also holds ${firstFew(extra, 5)}, which its manifest.json does not list`,
  wrongEntryKind: (name: string, actual: string, expected: string) =>
    `${name} is ${actual === 'folder' ? 'a folder' : actual === 'file' ? 'a file' : actual === 'missing' ? 'missing' : 'a symbolic link or special file'}, where the set has a ${expected}`,
  manifestUnreadable: (detail: string) => `its manifest.json cannot be read: ${clip(detail, 200)}`,
  badSetEntry: (name: string) => `"${clip(name, 200)}" is not a valid name for a file or folder of the output set (a bug in the build).`,

  // progress
  readingFile: (source: string, file: string) => `reading ${source}: ${file}…`,
  readFile: (entries: number, columns: number, refused: number) =>
    `  ${entries} entries, ${columns} columns, ${refused} refused`,
  writingFile: (name: string) => `writing ${name}…`,
  writingFolder: (name: string, files: number) => `writing ${name}/ (${files} column file${files === 1 ? '' : 's'})…`,
  wroteOutput: (dir: string, files: readonly string[]) => `wrote ${list(files)} to ${dir}`,
  resources: (seconds: number, peakBytes: number) => `took ${seconds.toFixed(1)} s, peak memory ${(peakBytes / 2 ** 20).toFixed(0)} MiB (resident set)`,
  fatal: (message: string, hint: string) => `error: ${message}${hint ? `\n  hint: ${hint}` : ''}`,
  usage: () => 'usage: tsx scripts/build-data.ts [--sources data/sources.json] [--out DIR]',
  badArgument: (arg: string) => `Unknown or incomplete argument "${arg}".`,

  // report entries, one line each
  reportEntry: (entry: ReportEntry): string => {
    switch (entry.kind) {
      case 'partial-run':
        return `run ${entry.run} is in ${list(entry.presentIn)} but not in ${list(entry.missingFrom)}`;
      case 'repeated-run': {
        const total = entry.occurrenceCount ?? entry.occurrences.length;
        const shown = entry.occurrences.slice(0, REPORT_LIST_CAP).map((o, i) => `${clip(o.file, 80)}#${o.entry}${i === entry.kept ? ' kept' : ''}`);
        const more = total > shown.length ? ` and ${total - shown.length} more` : '';
        const differing = entry.differing.length < entry.differingCount
          ? `${entry.differing.slice(0, 5).join(', ')} and ${entry.differingCount - Math.min(5, entry.differing.length)} more`
          : firstFew(entry.differing, 5);
        return `${entry.source}: run ${entry.run} appears ${total} times (${shown.join(', ')}${more}); differing: ${differing}`;
      }
      case 'refused-branch':
        return `${entry.source}: ${entry.file}: branch ${entry.branch} (${entry.rootType}) refused: ${entry.reason}`;
      case 'empty-tree':
        return `${entry.source}: ${entry.file}: tree ${entry.tree} has no entries, skipped`;
      case 'invalid-key':
        return `${entry.source}: ${entry.file}: entry ${entry.entry} has key "${clip(entry.value)}": ${entry.reason}; row skipped`;
      case 'non-finite':
        return `${entry.source}: column ${entry.column}: ${entry.detail}`;
      case 'unverified-integrity':
        return `${entry.source}: ${entry.file}: ${entry.baskets} of ${entry.basketsRead} baskets, ${entry.bytes} of ${entry.bytesRead} data bytes without checksum: ${entry.detail}`;
      case 'text-column':
        return `${entry.source}: ${entry.file}: column ${entry.column} stored as text because of cells such as ${entry.examples.map((e) => `"${clip(e)}"`).join(', ')}`;
      case 'run-out-of-range':
        return `${entry.source}: ${entry.file}#${entry.entry}: run ${entry.run} lies outside the run range [${entry.range[0]}, ${entry.range[1]}] (kept; set "runRange" in the sources file if such runs are real)`;
      case 'wrapped-value':
        return `${entry.source}: column ${entry.column}, run ${entry.run}: ${entry.detail} (kept as it is)`;
      case 'sentinel':
        return `${entry.source}: column ${entry.column}: ${entry.count} cells stored as missing (${entry.values.map((v) => `${v.value}: ${v.count}`).join(', ')})`;
      case 'float-key':
        return `${entry.source}: ${entry.file}: key ${entry.column} (${entry.rootType}) holds ${entry.count} floating-point values, all whole numbers: used as runs`;
      case 'pivot-skipped-row':
        return `${entry.source}: ${entry.file}: entry ${entry.entry} left out: ${entry.reason}`;
      case 'pivot-repeated-cell': {
        const total = entry.occurrenceCount ?? entry.occurrences.length;
        const shown = entry.occurrences.map((o, i) => `${clip(o.file, 80)}#${o.entry}${i === entry.kept ? ' kept' : ''}`);
        return `${entry.source}: run ${entry.run}, name "${clip(entry.name)}" appears ${total} times (${shown.join(', ')}${total > shown.length ? ` and ${total - shown.length} more` : ''})`;
      }
      case 'pivot-ignored-columns':
        return `${entry.source}: ${entry.count} columns besides the key, the name and the value are not read: ${firstFew(entry.columns.map((c) => clip(c, 80)), 5)}`;
      default:
        return `${entry.source}: ${histogramFinding(entry.finding)}`;
    }
  },
  extractingHistograms: (source: string, patterns: readonly string[]) => `${source}: extracting histograms ${list(patterns.map((p) => clip(p, 80)))} into hist/`,
  extractedHistograms: (runs: number, histograms: number, bytes: number) =>
    `  ${runs} runs, ${histograms} histograms, ${(bytes / 1024 / 1024).toFixed(2)} MB of run files (hist/report.json lists what was missing or refused)`,
  reportSourceCount: (source: string, count: number) => `${source === '' ? '(all sources)' : source}: ${count}`,
  reportMore: (count: number) => `… ${count} more`,
  reportPointer: () => 'full report: the build_report table of runlens.sqlite (manifest.json "report" holds counts and the first 20 of each kind and source)',
};
