import type { BuildReport } from '../../src/contract/data-contract';
import { messages } from './messages';
import { entrySource } from './summarize-report';

/**
 * The summary printed after a build: runs, columns, per-source counts, then
 * for each report kind its total and, per source, the count and the
 * examples the manifest holds (at most 20 each), and where the full report
 * is. Bounded in size whatever the data.
 */
export function formatSummary(report: BuildReport): string[] {
  const lines = [`runs: ${report.runs}, columns: ${report.columns}`];
  for (const s of report.perSource) lines.push(`  ${s.source}: ${s.entries} entries, ${s.runs} runs`);
  if (report.counts.length === 0) return [...lines, 'report: nothing to report'];
  const kinds = [...new Set(report.counts.map((c) => c.kind))];
  for (const kind of kinds) {
    const ofKind = report.counts.filter((c) => c.kind === kind);
    lines.push(`${kind}: ${ofKind.reduce((n, c) => n + c.count, 0)}`);
    for (const { source, count } of ofKind) {
      const examples = report.examples.filter((e) => e.kind === kind && entrySource(e) === source);
      if (ofKind.length > 1) lines.push(`  ${messages.reportSourceCount(source, count)}`);
      for (const e of examples) lines.push(`  ${messages.reportEntry(e)}`);
      if (count > examples.length) lines.push(`  ${messages.reportMore(count - examples.length)}`);
    }
  }
  lines.push(messages.reportPointer());
  return lines;
}
