import type { ColumnMeta } from '../contract/data-contract';

/** Message text for problems in view files (tests compare against these). */
export const viewMessages = {
  notObject: () => 'must be a JSON object',
  notString: () => 'must be a non-empty string',
  notList: () => 'must be a list of charts',
  emptyList: () => 'must list at least one chart',
  badKind: (kinds: readonly string[]) => `must be one of ${kinds.map((k) => `"${k}"`).join(', ')}`,
  badId: () => 'must be letters, digits, "-" or "_", starting with a letter',
  duplicateId: (id: string, firstPath: string) => `repeats id "${id}" already used at ${firstPath}`,
  unknownKey: (allowed: readonly string[]) => `is not a known key here (known: ${allowed.join(', ')})`,
  badBins: () => 'must be an integer from 1 to 500',
  badTrendX: () => 'must be "run" (the trend axis is the run number)',
  unknownColumn: (name: string, near: string[]) =>
    `names "${name}", which is not a column of the data` + (near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''),
  notNumeric: (name: string, meta: ColumnMeta) => `names "${name}", a ${meta.sqlType} column; this chart needs numbers (INTEGER or REAL)`,
} as const;
