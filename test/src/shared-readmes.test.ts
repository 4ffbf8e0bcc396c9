/**
 * The READMEs of the shared folders are their API reference (STYLE rule 10):
 * every name a module exports appears there in backticks, and every module
 * file is named, so the reference cannot silently fall behind the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function exportedNames(text: string): string[] {
  const names = [...text.matchAll(/^export\s+(?:const|function|class|interface|type)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
  return [...new Set(names)];
}

describe.each(['expr', 'stats', 'flags'])('src/%s/README.md', (folder) => {
  const dir = path.join(SRC, folder);
  const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('names every module file', () => {
    expect(modules.filter((f) => !readme.includes(`\`${f}\``))).toEqual([]);
  });
  it('mentions every export in backticks', () => {
    const missing = modules.flatMap((f) => exportedNames(readFileSync(path.join(dir, f), 'utf8')).filter((name) => !new RegExp(`\`[^\`]*\\b${name.replace('$', '\\$')}\\b[^\`]*\``).test(readme)).map((name) => `${f}: ${name}`));
    expect(missing).toEqual([]);
  });
});
