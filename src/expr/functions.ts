/**
 * The functions of the expression language: one record, from which the name
 * list, arity checks and documentation derive. Every argument is a number.
 */

export type FunctionGroup = 'math' | 'test' | 'band';

export interface FunctionSpec {
  /** Fewest and most arguments (max Infinity: any number). */
  min: number;
  max: number;
  result: 'number' | 'boolean';
  group: FunctionGroup;
  /** Argument names, for messages and the README. */
  params: string;
  doc: string;
}

export const FUNCTIONS = {
  abs: { min: 1, max: 1, result: 'number', group: 'math', params: 'x', doc: '|x|' },
  sqrt: { min: 1, max: 1, result: 'number', group: 'math', params: 'x', doc: '√x (NaN, i.e. no data, for x < 0)' },
  log: { min: 1, max: 1, result: 'number', group: 'math', params: 'x', doc: 'natural logarithm (−Infinity at 0, no data for x < 0)' },
  exp: { min: 1, max: 1, result: 'number', group: 'math', params: 'x', doc: 'eˣ' },
  pow: { min: 2, max: 2, result: 'number', group: 'math', params: 'x, y', doc: 'xʸ; no data when either is missing (even pow(x, 0))' },
  min: { min: 2, max: Infinity, result: 'number', group: 'math', params: 'a, b, …', doc: 'smallest argument; no data when any is missing' },
  max: { min: 2, max: Infinity, result: 'number', group: 'math', params: 'a, b, …', doc: 'largest argument; no data when any is missing' },
  isnan: { min: 1, max: 1, result: 'boolean', group: 'test', params: 'x', doc: 'true when x is missing (NaN); never no data' },
  inrange: { min: 3, max: 3, result: 'boolean', group: 'test', params: 'x, lo, hi', doc: 'lo ≤ x ≤ hi; no data when any is missing' },
  nsigma: { min: 1, max: 1, result: 'number', group: 'band', params: 'x', doc: '(x − centre) / σ over the reference set, by the rule\'s method' },
  median: { min: 1, max: 1, result: 'number', group: 'band', params: 'x', doc: 'median of x over the reference set' },
  mean: { min: 1, max: 1, result: 'number', group: 'band', params: 'x', doc: 'mean of x over the reference set' },
  rms: { min: 1, max: 1, result: 'number', group: 'band', params: 'x', doc: 'RMS (sample standard deviation, as ROOT) of x over the reference set' },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof FUNCTIONS;
export type BandFunction = { [K in FunctionName]: (typeof FUNCTIONS)[K]['group'] extends 'band' ? K : never }[FunctionName];
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name);
}

/** "1 argument (x)", "2 or more arguments (a, b, …)". */
export function arityText(spec: FunctionSpec): string {
  const count = spec.min === spec.max ? `${spec.min}` : spec.max === Infinity ? `${spec.min} or more` : `${spec.min} to ${spec.max}`;
  return `${count} argument${spec.min === 1 && spec.max === 1 ? '' : 's'} (${spec.params})`;
}
