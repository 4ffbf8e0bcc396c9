import type { BuildReport, ReportKind } from '../../src/contract/data-contract';
import { messages } from './messages';

/**
 * The summary printed after a build: runs, columns, per-source counts, the
 * count of each report kind with its first few entries, and where the full
 * report is.
 */
export function formatSummary(report: BuildReport, firstFew = 3): string[] {
  const lines = [`runs: ${report.runs}, columns: ${report.columns}`];
  for (const s of report.perSource) lines.push(`  ${s.source}: ${s.entries} entries, ${s.runs} runs`);
  const kinds = [...new Set(report.entries.map((e) => e.kind))] as ReportKind[];
  if (kinds.length === 0) lines.push('report: nothing to report');
  for (const kind of kinds) {
    const ofKind = report.entries.filter((e) => e.kind === kind);
    lines.push(`${kind}: ${ofKind.length}`);
    for (const e of ofKind.slice(0, firstFew)) lines.push(`  ${messages.reportEntry(e)}`);
    if (ofKind.length > firstFew) lines.push(`  … ${ofKind.length - firstFew} more`);
  }
  if (kinds.length > 0) lines.push(messages.reportPointer());
  return lines;
}
