import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTinyData, withProject } from './site/site-fixtures';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

describe('scripts/check-views.ts', () => {
  it('exits 1 and prints every problem when the shipped views are checked against data they do not fit', () =>
    withProject(async (dir) => {
      const data = await buildTinyData(dir);
      let status = 0;
      let stdout = '';
      try {
        execFileSync('npx', ['tsx', 'scripts/check-views.ts', '--data', data], { cwd: REPO, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        ({ status, stdout } = error as { status: number; stdout: string });
      }
      expect(status).toBe(1);
      expect(stdout).toMatch(/^views\/tpc-overview\.json: \d+ problems$/m);
      expect(stdout).toContain('$.charts[0].y: names "tpc.meanMIP", which is not a column of the data');
      const views = readdirSync(new URL('../../views/', import.meta.url)).filter((file) => file.endsWith('.json') && file !== 'view.schema.json').length;
      expect(stdout).toMatch(new RegExp(`^check:views: \\d+ problems in ${views} of ${views} view files`, 'm'));
    }), 120_000);
});
