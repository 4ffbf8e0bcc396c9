import type { ColumnMeta } from '../contract/data-contract';

const quoted = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/** Message text for problems in view files (tests compare against these). */
export const viewMessages = {
  tooLarge: (bytes: number, max: number) => `is ${bytes} bytes; a view file may have at most ${max} (split it into several views)`,
  tooDeep: (max: number, line: number, column: number) =>
    `nests deeper than ${max} levels (at line ${line}, column ${column}); a view needs far fewer`,
  notJson: (why: string, line?: number, column?: number) => `is not valid JSON${line ? ` (line ${line}, column ${column})` : ''}: ${why}`,
  protoKey: () => 'is the key "__proto__", which a view may not use (it would change the object’s prototype)',
  unknownKey: (allowed: readonly string[]) => `is not a known key here (known: ${allowed.join(', ')})`,
  missingKey: () => 'is required here',
  wrongType: (type: string) => `must be ${type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : `a ${type}`}`,
  mustEqual: (value: unknown) => `must be ${JSON.stringify(value)}`,
  oneOf: (values: readonly unknown[]) => `must be one of ${quoted(values)}`,
  atLeast: (limit: number) => `must be at least ${limit}`,
  atMost: (limit: number) => `must be at most ${limit}`,
  notEmpty: () => 'must not be empty',
  badPattern: (pattern: string) => `must match the pattern ${pattern}`,
  tooFewItems: (limit: number) => `must list at least ${limit} item${limit === 1 ? '' : 's'}`,
  tooManyItems: (count: number, limit: number) => `lists ${count} items; at most ${limit} are allowed`,
  repeatedItem: (first: number, second: number) => `repeats item ${second} as item ${first}`,
  otherRule: (keyword: string) => `breaks the schema rule "${keyword}"`,
  duplicateId: (id: string, firstPath: string) => `repeats id "${id}" already used at ${firstPath}`,
  timeAxisWithoutTime: (id: string) => `chart "${id}" opens on the time axis ("x": "time") but names no "time" column, so it would open on run number`,
  unknownColumn: (name: string) => `names "${name}", which is not a column of the data`,
  notNumeric: (name: string, meta: ColumnMeta) => `names "${name}", a ${meta.sqlType} column; this chart needs numbers (INTEGER or REAL)`,
  unknownCategory: (value: string, column: string) => `names "${value}", which is not a value of column "${column}"`,
  badExpression: (why: string, column: number, caret: string) => `is not a valid expression (at character ${column}): ${why}\n${caret}`,
  duplicateRule: (name: string) => `repeats the rule name "${name}" (the first rule of that name is used)`,
  notTextColumn: (name: string) => `names "${name}", which is not a text column of the data (a reference groups and picks runs by text columns such as rct.period)`,
  unknownColumnOrAlias: (name: string) => `names "${name}", which is neither a column of the data nor an alias of the view`,
  duplicateLayout: (name: string, firstPath: string) => `repeats layout name "${name}" already used at ${firstPath}`,
  tooManyPads: (pads: number, rows: number, cols: number) => `lists ${pads} pads; a ${rows} × ${cols} grid holds at most ${rows * cols}`,
  unknownHistogram: (path: string) => `names "${path}", which no run of the built histogram index (hist/index.json) has`,
  moreProblems: (count: number) => `… and ${count} more problem${count === 1 ? '' : 's'}`,
} as const;

/** Hints: what to do about a problem (shown after it). */
export const viewHints = {
  didYouMean: (names: readonly string[]) => `did you mean ${quoted(names)}?`,
  removeKey: () => 'remove it, or fix its spelling',
  kinds: (kinds: readonly unknown[]) => `a chart's "kind" is one of ${quoted(kinds)}; each kind takes its own keys (see views/view.schema.json)`,
  splitView: () => 'split the charts into several views',
  uniqueId: () => 'give each chart its own id',
  timeColumn: () => 'add "time" naming the start-time column (unix seconds, e.g. "rct.startTime"), or set "x" to "run" or "ordinal"',
  uniqueLayout: () => 'give each layout its own name (it is the tab’s label)',
  growGrid: () => 'raise rows or cols, or move pads to another layout',
  histograms: () => 'the histogram paths are listed in the build’s hist/index.json ("paths"); the sources file’s "histograms" source says which are extracted',
  columns: () => 'the data’s columns are listed in its manifest.json (and under the problems in the page)',
} as const;
