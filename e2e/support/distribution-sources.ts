import type { SourceInput } from './data-set';

/**
 * Sources for the distribution specs (histogram ranges, many categories, box
 * plots, labels), made deterministically as one CSV source `qa` (columns
 * `qa.<name>`, keyed by `run` 300000, 300001, …). `columns` gives each
 * column's cell for run number i (0-based): a number, text, or '' for missing.
 */
export function qaSource(runs: number, columns: Record<string, (i: number) => string | number>): Record<string, SourceInput> {
  const names = Object.keys(columns);
  const lines = [['run', ...names.map(csvCell)].join(',')];
  for (let i = 0; i < runs; i++) lines.push([300000 + i, ...names.map((name) => csvCell(String(columns[name](i))))].join(','));
  return { qa: { kind: 'csv', text: `${lines.join('\n')}\n` } };
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
export function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Period-like names for 500 categories, in an order natural sort must fix: LHC10a…, with numbers 10–59. */
export function periodName(i: number): string {
  return `LHC${10 + (i % 50)}${String.fromCharCode(97 + Math.floor(i / 50))}`;
}

/** The p-quantile of ascending `sorted` (type 7: h = (n − 1)·p, linear between order statistics), for checks in tests. */
export function quantile7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
}
