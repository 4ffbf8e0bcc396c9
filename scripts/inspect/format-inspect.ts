import type { FileReport, ObjectReport } from './inspect-file';
import type { BranchReport } from './inspect-tree';

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

/** `→ a, b, c` or `→ a[0] … a[9] (10 columns)` for a branch's columns. */
function columnsText(columns: string[]): string {
  if (columns.length <= 4) return columns.join(', ');
  return `${columns[0]} … ${columns[columns.length - 1]} (${columns.length} columns)`;
}

function branchLine(b: BranchReport, width: number): string {
  const head = `      ${b.name.padEnd(width)}  ${b.rootType.padEnd(12)}`;
  return 'columns' in b ? `${head}  → ${columnsText(b.columns)}` : `${head}  refused: ${b.refused}`;
}

function treeLines(o: ObjectReport): string[] {
  const t = o.tree!;
  const entries = t.entries === null ? 'entries unknown' : plural(t.entries, 'entry').replace(/entrys$/, 'entries');
  const lines = [`  ${o.className} ${o.path};${o.cycle}${o.title ? `  "${o.title}"` : ''}  ${entries}, ${plural(t.branches.length, 'branch').replace(/branchs$/, 'branches')}${o.latest ? '' : '  (an older cycle: the build reads the highest)'}`];
  if (t.error) lines.push(`    the build refuses this file: ${t.error}`);
  const width = Math.min(32, Math.max(8, ...t.branches.map((b) => b.name.length)));
  lines.push(...t.branches.map((b) => branchLine(b, width)));
  if (o.latest && !t.error) {
    const columns = t.branches.reduce((n, b) => n + ('columns' in b ? b.columns.length : 0), 0);
    const refused = t.branches.filter((b) => 'refused' in b).length;
    lines.push(`    the build reads ${plural(columns, 'column')} (written as <source>.<column>, the key's as run) and refuses ${plural(refused, 'branch').replace(/branchs$/, 'branches')}`);
    lines.push(`    key candidates: ${t.keyCandidates.length === 0 ? 'none (no integer scalar branch)' : t.keyCandidates.map((k) => `${k.column} (${k.rootType}, ${count(k.distinct)} distinct${k.wholeFloat ? ', whole numbers in a floating-point branch' : ''})`).join(', ')}`);
    if (t.unverified) lines.push(`    integrity: ${t.unverified.detail}`);
  }
  return lines;
}

/** The text `npm run inspect` prints for one file. */
export function formatInspect(report: FileReport): string[] {
  const about = [report.rootVersion && `ROOT ${report.rootVersion}`, report.compression, `${count(report.bytes)} bytes`].filter(Boolean).join(', ');
  const lines = [`${report.file}  (${about})`];
  if (report.error) return [...lines, `  cannot be inspected: ${report.error}`];
  if (report.objects.length === 0) lines.push('  no objects');
  for (const o of report.objects) {
    if (o.tree) lines.push(...treeLines(o));
    else lines.push(`  ${o.className} ${o.path};${o.cycle}${o.title ? `  "${o.title}"` : ''}`);
  }
  return lines;
}
