/** Every message the histogram writer's request checking produces, one function each. */

const at = (path: string) => `histogram "${path}"`;

export const histogramMessages = {
  noHistograms: () => 'no histograms given: a ROOT file needs at least one object in its top directory',
  badPath: (path: string) =>
    `histogram path "${path}" is not valid: use names of letters, digits, _, . and - (not starting with . or -), separated by /`,
  duplicatePath: (path: string) => `${at(path)} appears twice: give each histogram a unique path`,
  pathIsDirectory: (path: string, inside: string) =>
    `${at(path)} is also the directory of "${inside}": a name holds either a histogram or a directory`,
  badType: (path: string, type: unknown, allowed: readonly string[]) =>
    `${at(path)} has type ${JSON.stringify(type)}: use one of ${allowed.join(', ')}`,
  badBins: (path: string, axis: string, bins: unknown) =>
    `${at(path)}: ${axis} axis has bins = ${String(bins)}: use a positive integer (at most 100 000 000)`,
  badRange: (path: string, axis: string, min: unknown, max: unknown) =>
    `${at(path)}: ${axis} axis range [${String(min)}, ${String(max)}] is not valid: use finite numbers with min < max`,
  badEdges: (path: string, axis: string, detail: string) =>
    `${at(path)}: ${axis} axis edges ${detail}: give bins + 1 finite, increasing edges from min to max`,
  badLabels: (path: string, axis: string, count: number, bins: number) =>
    `${at(path)}: ${axis} axis has ${count} labels for ${bins} bins: give one label per bin ('' for none)`,
  badLength: (path: string, field: string, actual: number, expected: number) =>
    `${at(path)}: ${field} has ${actual} values, expected ${expected} (every cell, under- and overflow included)`,
  badValue: (path: string, field: string, index: number, value: unknown) =>
    `${at(path)}: ${field}[${index}] = ${String(value)} is not a number`,
  badNumber: (path: string, field: string, value: unknown) =>
    `${at(path)}: ${field} = ${String(value)} is not valid: use a finite number`,
  badStyle: (path: string, field: string, value: unknown) =>
    `${at(path)}: style.${field} = ${String(value)} is not valid: use an integer from -32768 to 32767`,
  badErrorMode: (path: string, mode: unknown) =>
    `${at(path)}: errorMode ${JSON.stringify(mode)} is not valid: use 'mean', 's', 'i' or 'g'`,
} as const;
