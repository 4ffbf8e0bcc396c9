import type { ReadRequest } from '../data/typed-table';
import { closestNames } from '../expr/closest-names';
import { isMissingCode, type ColumnTable } from '../expr/column-table';
import type { Reference } from '../expr/reference';
import { flagMessages as msg } from './flag-messages';

/**
 * Which runs the bands are computed over: all runs, a row mask (e.g. the
 * current selection, 1 = in), a named run list, or the runs with one value
 * of a text column (one period). `groupBy` (a text column such as
 * rct.period) splits it: each run is then compared with the reference runs
 * of its own group, as the ALICE trending does period by period.
 */
export type ReferenceSpec = (
  | { kind: 'all' }
  | { kind: 'mask'; mask: Uint8Array; label?: string }
  | { kind: 'runs'; name: string; runs: readonly number[] }
  | { kind: 'category'; column: string; value: string }
) & { groupBy?: string };

export interface ReferenceProblem {
  kind: 'reference';
  /** 'error': no reference could be built; 'warning': built, but look at it. */
  severity: 'error' | 'warning';
  message: string;
  suggestions?: string[];
}

export type ResolvedReference = { ok: true; reference: Reference; warnings: ReferenceProblem[] } | { ok: false; problems: ReferenceProblem[] };

/** Columns to load for a reference: `run` for a run list, the category and groupBy columns as categories. */
export function referenceReads(spec: ReferenceSpec): ReadRequest[] {
  const reads: ReadRequest[] = [];
  if (spec.kind === 'runs') reads.push({ name: 'run', readAs: 'numeric' });
  if (spec.kind === 'category') reads.push({ name: spec.column, readAs: 'categorical' });
  if (spec.groupBy !== undefined && !reads.some((r) => r.name === spec.groupBy)) reads.push({ name: spec.groupBy, readAs: 'categorical' });
  return reads;
}

/** The reference rows (ascending) and groups of a spec over a table. */
export function resolveReference(spec: ReferenceSpec, table: ColumnTable): ResolvedReference {
  const problems: ReferenceProblem[] = [];
  const warnings: ReferenceProblem[] = [];
  const error = (message: string) => problems.push({ kind: 'reference', severity: 'error', message });
  const selected = new Uint8Array(table.size);
  if (spec.kind === 'all') selected.fill(1);
  else if (spec.kind === 'mask') {
    if (spec.mask.length !== table.size) error(msg.maskLength(spec.mask.length, table.size));
    else for (let i = 0; i < table.size; i++) selected[i] = spec.mask[i] ? 1 : 0;
  } else if (spec.kind === 'runs') {
    const run = table.numbers.get('run')?.values;
    if (!run) error(msg.noRunColumn());
    else {
      const row = new Map<number, number>();
      run.forEach((r, i) => row.set(r, i));
      const unknown = spec.runs.filter((r) => !row.has(r));
      for (const r of spec.runs) if (row.has(r)) selected[row.get(r)!] = 1;
      if (unknown.length > 0) warnings.push({ kind: 'reference', severity: 'warning', message: msg.unknownRuns(spec.name, unknown) });
    }
  } else {
    const column = table.categories.get(spec.column);
    if (!column) error(msg.referenceColumn(spec.column));
    else {
      const code = column.dictionary.findIndex((label, c) => label === spec.value && !isMissingCode(c, column.dictionary));
      if (code < 0) {
        const near = closestNames(spec.value, column.dictionary.filter((value): value is string => value !== null));
        warnings.push({ kind: 'reference', severity: 'warning', message: msg.unknownCategory(spec.column, spec.value, near), suggestions: near });
      } else for (let i = 0; i < table.size; i++) selected[i] = column.codes[i] === code ? 1 : 0;
    }
  }
  const groups = spec.groupBy === undefined ? undefined : groupsOf(spec.groupBy, table, error);
  if (problems.length > 0) return { ok: false, problems };
  let count = 0;
  for (let i = 0; i < table.size; i++) count += selected[i];
  const rows = new Uint32Array(count);
  for (let i = 0, k = 0; i < table.size; i++) if (selected[i]) rows[k++] = i;
  return { ok: true, reference: { rows, ...(groups ? { groups } : {}) }, warnings };
}

/** Group index per row from a text column's codes (missing → -1), labels in dictionary order. */
function groupsOf(name: string, table: ColumnTable, error: (message: string) => void): Reference['groups'] {
  const column = table.categories.get(name);
  if (!column) {
    error(msg.referenceColumn(name));
    return undefined;
  }
  const { codes, dictionary } = column;
  const labels: string[] = [];
  const groupOfCode = new Int32Array(dictionary.length + 1).fill(-1);
  dictionary.forEach((label, code) => {
    if (label !== null) groupOfCode[code] = labels.push(label) - 1;
  });
  const of = new Int32Array(table.size);
  for (let i = 0; i < table.size; i++) of[i] = groupOfCode[Math.min(codes[i], dictionary.length)];
  return { of, labels };
}
