import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run schema -- --check', () => {
  it('exits 0 on the committed files (they are what the types generate)', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/schema.ts', '--check'], { cwd: REPO, encoding: 'utf8' });
    expect([result.status, result.stderr]).toEqual([0, '']);
  }, 120_000);
});
