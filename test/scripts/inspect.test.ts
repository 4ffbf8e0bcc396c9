import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { writeRootFile } from '../../scripts/root-writer/write-root-file';

const run = promisify(execFile);
const temp = mkdtempSync(path.join(tmpdir(), 'runlens-inspect-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const inspect = (...args: string[]) => run('npx', ['tsx', 'scripts/inspect.ts', ...args]).then(
  (r) => ({ code: 0, ...r }),
  (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
);

it('npm run inspect prints text or --json for several files, exit 1 when one cannot be looked into, 2 without files', async () => {
  const file = path.join(temp, 'qa.root');
  writeFileSync(file, writeRootFile([{ name: 'trending', entries: 2, branches: [{ name: 'run', type: 'Int_t', values: [5, 6] }, { name: 'm', type: 'Double_t', values: [1, 2] }] }]));
  writeFileSync(path.join(temp, 'bad.root'), 'not root');
  const text = await inspect(file);
  expect(text.code).toBe(0);
  expect(text.stdout).toContain('TTree trending;1  2 entries, 2 branches');
  expect(text.stdout).toContain('key candidates: run (Int_t, 2 distinct)');
  const json = await inspect('--json', file, path.join(temp, 'bad.root'));
  expect(json.code).toBe(1);
  const parsed = JSON.parse(json.stdout) as { files: { file: string; error?: string; objects: { tree?: { branches: unknown[] } }[] }[] };
  expect(parsed.files.map((f) => [path.basename(f.file), f.error !== undefined])).toEqual([['qa.root', false], ['bad.root', true]]);
  expect(parsed.files[0].objects[0].tree?.branches).toEqual([{ name: 'run', rootType: 'Int_t', columns: ['run'] }, { name: 'm', rootType: 'Double_t', columns: ['m'] }]);
  expect((await inspect()).code).toBe(2);
}, 60_000);
