import { REPORT_LIST_CAP, type ReportCount, type ReportEntry } from '../../src/contract/data-contract';

/** The source a finding belongs to, '' when it belongs to none (partial-run). */
export function entrySource(entry: ReportEntry): string {
  return 'source' in entry ? entry.source : '';
}

/**
 * Counts the findings per kind and source (in order of first finding) and
 * keeps the first `cap` of each as examples, each cut by capEntry. Linear in
 * the findings.
 */
export function summarizeReport(entries: readonly ReportEntry[], cap = REPORT_LIST_CAP): { counts: ReportCount[]; examples: ReportEntry[] } {
  const counts = new Map<string, ReportCount>();
  const examples: ReportEntry[] = [];
  for (const entry of entries) {
    const source = entrySource(entry);
    const key = `${entry.kind}\u0000${source}`;
    const count = counts.get(key) ?? { kind: entry.kind, source, count: 0 };
    if (count.count < cap) examples.push(capEntry(entry, cap));
    count.count++;
    counts.set(key, count);
  }
  return { counts: [...counts.values()], examples };
}

/**
 * A finding with its long lists cut to `cap` items: a repeated run's
 * occurrences keep the first ones and the one kept (its index adjusted),
 * with `occurrenceCount` saying how many there are.
 */
export function capEntry(entry: ReportEntry, cap = REPORT_LIST_CAP): ReportEntry {
  if ((entry.kind !== 'repeated-run' && entry.kind !== 'pivot-repeated-cell') || entry.occurrences.length <= cap) return entry;
  const keptInFirst = entry.kept < cap;
  const occurrences = keptInFirst ? entry.occurrences.slice(0, cap) : [...entry.occurrences.slice(0, cap - 1), entry.occurrences[entry.kept]];
  return { ...entry, occurrences, kept: keptInFirst ? entry.kept : cap - 1, occurrenceCount: entry.occurrences.length };
}
