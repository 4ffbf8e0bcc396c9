import type { FuzzReport } from './run-fuzz';

/** The counts per outcome and per file, then each failure with how to replay it. */
export function formatFuzzReport(report: FuzzReport, seed: number, firstFailures = 20): string[] {
  const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
  const lines = [`fuzz: ${total} cases, seed ${seed}, ${(report.ms / 1000).toFixed(1)} s`];
  for (const [outcome, n] of Object.entries(report.counts)) lines.push(`  ${outcome}: ${n}`);
  for (const [file, counts] of Object.entries(report.byFile)) {
    lines.push(`  ${file}: ${Object.entries(counts).map(([o, n]) => `${o} ${n}`).join(', ')}`);
  }
  for (const f of report.failures.slice(0, firstFailures)) {
    lines.push(`  FAILED case ${f.index} (${f.file}, ${f.mutation}): ${f.failure}${f.detail ? ` — ${f.detail}` : ''}`);
  }
  if (report.failures.length > firstFailures) lines.push(`  … ${report.failures.length - firstFailures} more failures`);
  if (report.failures.length > 0) lines.push(`  replay: npm run fuzz -- --seed ${seed} --cases <same N> --case ${report.failures.slice(0, 5).map((f) => f.index).join(' ')}`);
  return lines;
}
