/**
 * `npm run schema`: regenerates views/view.schema.json, runlens.config.schema.json
 * and the browser's pre-compiled view validator from the TypeScript types.
 * `npm run schema -- --check` writes nothing and exits 1 when a committed file differs.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateSchemaFiles } from './schema/generate-schemas';

const check = process.argv.includes('--check');
let stale = 0;
for (const file of generateSchemaFiles()) {
  let current = '';
  try {
    current = readFileSync(file.path, 'utf8');
  } catch {
    // Missing counts as different.
  }
  if (current === file.text) continue;
  if (check) {
    stale++;
    console.error(`schema: ${file.path} is not what \`npm run schema\` generates from the types; run it and commit the result`);
  } else {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
    console.log(`schema: wrote ${file.path}`);
  }
}
process.exitCode = stale ? 1 : 0;
