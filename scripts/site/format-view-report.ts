import { capProblems } from '../../src/view/check-view';
import { VIEW_LIMITS } from '../../src/view/view-limits';
import { viewMessages } from '../../src/view/view-messages';
import type { ViewFileReport } from './check-view-files';

/**
 * The report `npm run check:views` prints: per file with problems, its name
 * and count, then one line per problem (JSON path, message) with its hint
 * under it; at most `max` per file, the rest counted.
 */
export function formatViewReport(reports: readonly ViewFileReport[], max: number = VIEW_LIMITS.maxProblems): string[] {
  const lines: string[] = [];
  for (const report of reports) {
    if (!report.problems.length) continue;
    lines.push(`${report.file}: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
    const { shown, more } = capProblems(report.problems, max);
    for (const problem of shown) {
      lines.push(`  ${problem.path}: ${problem.message}`);
      if (problem.hint) lines.push(`      hint: ${problem.hint}`);
    }
    if (more) lines.push(`  ${viewMessages.moreProblems(more)}`);
  }
  return lines;
}

/** The closing line: how many files and problems. */
export function summaryLine(reports: readonly ViewFileReport[], against: string): string {
  const bad = reports.filter((report) => report.problems.length);
  const problems = bad.reduce((sum, report) => sum + report.problems.length, 0);
  return bad.length
    ? `check:views: ${problems} problem${problems === 1 ? '' : 's'} in ${bad.length} of ${reports.length} view files (${against})`
    : `check:views: ${reports.length} view files OK (${against})`;
}
