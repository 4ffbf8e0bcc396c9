import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withProject, writeTinySources } from './site/site-fixtures';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run build:site', () => {
  it('stops with the check:views output, building no site, when the views do not fit the data', () =>
    withProject(async (dir) => {
      const sources = writeTinySources(dir);
      let status = 0;
      let output = '';
      try {
        execFileSync('npx', ['tsx', 'scripts/build-site.ts'], { cwd: REPO, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, RUNLENS_SOURCES: sources } });
      } catch (error) {
        const failure = error as { status: number; stdout: string; stderr: string };
        ({ status } = failure);
        output = failure.stdout + failure.stderr;
      }
      expect(status).toBe(1);
      expect(output).toContain('$.charts[0].y: names "tpc.meanMIP", which is not a column of the data');
      expect(output).toMatch(/build:site: `npx tsx scripts\/check-views.ts` failed \(exit 1\); the site was not built\./);
      expect(existsSync(path.join(dir, 'own-data', 'manifest.json'))).toBe(true);
    }), 120_000);
});
