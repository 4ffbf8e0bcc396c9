/**
 * make:demo — writes the seeded demo data set (two ROOT trees, the run-condition
 * CSV, sources.json and the truth file) into data/ or --out DIR, plus the
 * per-run QA files (qa/<run>.root and demo-qa.json).
 * Usage: tsx scripts/make-demo.ts [--out data] [--runs 3000] [--seed 2018] [--qa subset|all|none]
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDemoArgs } from './demo/demo-args';
import { renderDemoFiles, type DemoFile } from './demo/demo-files';
import { demoMessages } from './demo/demo-messages';
import { generateDemo } from './demo/generate-demo';
import { QA_FILES, renderQaFiles } from './demo/qa-files';

function write(out: string, file: DemoFile): boolean {
  const path = join(out, file.name);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  } catch (cause) {
    console.error(demoMessages.writeFailed(path, cause instanceof Error ? cause.message : String(cause)));
    return false;
  }
  return true;
}

/** Removes QA files (qa/<digits>.root) of an earlier plan, so the folder holds exactly the new set. */
function removeStaleQaFiles(out: string, keep: ReadonlySet<string>): void {
  const folder = join(out, QA_FILES.folder);
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const relative = `${QA_FILES.folder}/${name}`;
    if (!/^\d+\.root$/.test(name) || keep.has(relative)) continue;
    rmSync(join(folder, name));
    console.log(demoMessages.removedStale(join(folder, name)));
  }
}

function main(argv: readonly string[]): number {
  const parsed = parseDemoArgs(argv);
  if (parsed.kind === 'bad-args') {
    console.error(parsed.message);
    return 2;
  }
  const { out, runs, seed, qa } = parsed.args;
  const data = generateDemo({ runs, seed });
  for (const file of renderDemoFiles(data)) {
    if (!write(out, file)) return 1;
    console.log(demoMessages.wrote(join(out, file.name), file.bytes.length));
  }
  if (qa === 'none') return 0;
  const qaFiles = renderQaFiles(data, qa);
  removeStaleQaFiles(out, new Set(qaFiles.map((f) => f.name)));
  let bytes = 0;
  for (const file of qaFiles) {
    if (!write(out, file)) return 1;
    if (file.name === QA_FILES.summary) console.log(demoMessages.wrote(join(out, file.name), file.bytes.length));
    else bytes += file.bytes.length;
  }
  console.log(demoMessages.wroteQa(join(out, QA_FILES.folder), qaFiles.length - 1, bytes));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
