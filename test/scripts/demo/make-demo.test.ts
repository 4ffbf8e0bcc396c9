import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_FILES } from '../../../scripts/demo/demo-files';
import { demoMessages } from '../../../scripts/demo/demo-messages';
import { QA_FILES } from '../../../scripts/demo/qa-files';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../../..');
const out = mkdtempSync(join(tmpdir(), 'runlens-demo-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('make-demo (scripts/make-demo.ts)', () => {
  it('reproduces the committed data/ files byte for byte and prints what it wrote', async () => {
    const { stdout } = await run('npx', ['tsx', 'scripts/make-demo.ts', '--out', out], { cwd: repo });
    for (const name of Object.values(DEMO_FILES)) {
      const fresh = readFileSync(join(out, name));
      const committed = readFileSync(join(repo, 'data', name));
      expect(fresh.equals(committed), `${name} differs from data/${name}: run npm run make:demo and commit`).toBe(true);
      expect(stdout).toContain(demoMessages.wrote(join(out, name), fresh.length));
    }
  });

  it('reproduces the committed QA files (data/qa/*.root, data/demo-qa.json) byte for byte, and removes QA files of an older plan', async () => {
    const stale = join(out, 'qa-run', QA_FILES.folder);
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, '1.root'), 'old');
    writeFileSync(join(stale, 'notes.txt'), 'kept');
    const { stdout } = await run('npx', ['tsx', 'scripts/make-demo.ts', '--out', join(out, 'qa-run')], { cwd: repo });
    const committed = readdirSync(join(repo, 'data', QA_FILES.folder)).sort();
    expect(readdirSync(stale).sort()).toEqual([...committed, 'notes.txt'].sort());
    for (const name of [...committed.map((n) => `${QA_FILES.folder}/${n}`), QA_FILES.summary]) {
      const fresh = readFileSync(join(out, 'qa-run', name));
      expect(fresh.equals(readFileSync(join(repo, 'data', name))), `${name} differs from data/${name}: run npm run make:demo and commit`).toBe(true);
    }
    expect(stdout).toContain(demoMessages.removedStale(join(stale, '1.root')));
  });

  it('exits with status 2 and the usage message for an unknown option', async () => {
    const failure = await run('npx', ['tsx', 'scripts/make-demo.ts', '--bogus'], { cwd: repo }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 2, stderr: `${demoMessages.unknownOption('--bogus')}\n` });
  });
});
