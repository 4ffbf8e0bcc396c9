import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_FILES } from '../../../scripts/demo/demo-files';
import { demoMessages } from '../../../scripts/demo/demo-messages';

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

  it('exits with status 2 and the usage message for an unknown option', async () => {
    const failure = await run('npx', ['tsx', 'scripts/make-demo.ts', '--bogus'], { cwd: repo }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 2, stderr: `${demoMessages.unknownOption('--bogus')}\n` });
  });
});
