/**
 * make:demo — writes the seeded demo data set (two ROOT trees, the run-condition
 * CSV, sources.json and the truth file) into data/ or --out DIR.
 * Usage: tsx scripts/make-demo.ts [--out data] [--runs 3000] [--seed 2018]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDemoArgs } from './demo/demo-args';
import { renderDemoFiles } from './demo/demo-files';
import { demoMessages } from './demo/demo-messages';
import { generateDemo } from './demo/generate-demo';

function main(argv: readonly string[]): number {
  const parsed = parseDemoArgs(argv);
  if (parsed.kind === 'bad-args') {
    console.error(parsed.message);
    return 2;
  }
  const { out, runs, seed } = parsed.args;
  const files = renderDemoFiles(generateDemo({ runs, seed }));
  for (const file of files) {
    const path = join(out, file.name);
    try {
      mkdirSync(out, { recursive: true });
      writeFileSync(path, file.bytes);
    } catch (cause) {
      console.error(demoMessages.writeFailed(path, cause instanceof Error ? cause.message : String(cause)));
      return 1;
    }
    console.log(demoMessages.wrote(path, file.bytes.length));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
