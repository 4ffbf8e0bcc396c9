/**
 * No file under src/ or scripts/ runs code from strings or writes markup
 * from strings: no eval(…), no Function constructor, no innerHTML (nor
 * outerHTML, insertAdjacentHTML, document.write). Every file is read as text,
 * READMEs included. The patterns are assembled from pieces so that this file
 * would not match them even if it were scanned.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const join = (...parts: string[]) => parts.join('');
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: join('ev', 'al('), pattern: new RegExp(join('\\bev', 'al\\s*\\(')) },
  { name: join('new Func', 'tion'), pattern: new RegExp(join('\\bnew\\s+Func', 'tion\\b')) },
  { name: join('Func', 'tion('), pattern: new RegExp(join('(^|[^\\w.$])(?<!\\bnew\\s+)Func', 'tion\\s*\\(')) },
  { name: join('inner', 'HTML'), pattern: new RegExp(join('\\binner', 'HTML\\b')) },
  { name: join('outer', 'HTML'), pattern: new RegExp(join('\\bouter', 'HTML\\b')) },
  { name: join('insertAdjacent', 'HTML'), pattern: new RegExp(join('\\binsertAdjacent', 'HTML\\b')) },
  { name: join('document.', 'write'), pattern: new RegExp(join('\\bdocument\\.', 'write(ln)?\\b')) },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every forbidden construct in a text, with its line number. */
export function forbiddenIn(text: string): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { name, pattern } of FORBIDDEN) if (pattern.test(line)) found.push({ name, line: i + 1 });
  });
  return found;
}

describe('no code or markup from strings', () => {
  it('the detector finds each construct in a sample and ignores look-alikes', () => {
    const samples = [join('const x = ev', 'al("1")'), join('return new Func', 'tion("a", "b")'), join('const f = Func', 'tion("x")'),
      join('el.inner', 'HTML = s'), join('el.outer', 'HTML = s'), join('el.insertAdjacent', 'HTML("x", s)'), join('document.', 'write(s)')];
    expect(samples.map((s) => forbiddenIn(s).map((f) => f.name))).toEqual(FORBIDDEN.map((f) => [f.name]));
    expect(forbiddenIn('retrieval(x); isFunction(y); evaluateExpr(z); medieval (w); innerHTMLish')).toEqual([]);
  });

  it('no file in src/ or scripts/ contains one', () => {
    const files = ['src', 'scripts'].flatMap((d) => filesUnder(path.join(REPO, d)));
    expect(files.length).toBeGreaterThan(100);
    const hits = files.flatMap((file) => forbiddenIn(readFileSync(file, 'utf8')).map((f) => `${path.relative(REPO, file)}:${f.line}: ${f.name}`));
    expect(hits).toEqual([]);
  });
});
