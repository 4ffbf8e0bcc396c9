/**
 * `npm run inspect -- FILE.root… [--json]`: what is inside ROOT files and
 * what the build would do with it. For each tree (path and cycle) its entries
 * and every branch with its ROOT type and the columns the build would write,
 * or why it refuses it; the key candidates; histograms and other objects by
 * class. `--json` prints the same as one JSON document. Exit 1 when a file
 * could not be looked into at all, 2 for a usage error.
 */
import { formatInspect } from './inspect/format-inspect';
import { inspectFile } from './inspect/inspect-file';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
  console.error('usage: npm run inspect -- FILE.root… [--json]');
  process.exit(2);
}
const reports = [];
for (const file of files) reports.push(await inspectFile(file));
// bigint values do not occur in a report; the replacer keeps JSON.stringify safe all the same.
if (json) console.log(JSON.stringify({ files: reports }, (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2));
else for (const report of reports) console.log([...formatInspect(report), ''].join('\n'));
process.exitCode = reports.some((r) => r.error) ? 1 : 0;
