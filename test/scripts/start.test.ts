import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../e2e/support/free-port';
import { TINY_CSV, withProject, writeTinySources } from './site/site-fixtures';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** mtime of a file, or 'absent': the demo's and the user's default data sets must not change. */
const stamp = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 'absent');

/** Polls `url` until it answers 200 (the start script builds first, then starts Vite), or gives up. */
async function waitFor(url: string, child: { exitCode: number | null }, ms = 120_000): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} before serving ${url}`);
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return response;
    if (Date.now() > until) throw new Error(`no answer from ${url} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('npm start -- --sources <own sources>', () => {
  it('builds the own data into its own folder and serves it; the demo data is not rebuilt over anything', () =>
    withProject(async (dir) => {
      const sources = writeTinySources(dir);
      const guarded = [path.join(REPO, 'build', 'demo-data', 'manifest.json'), path.join(REPO, 'public', 'data', 'manifest.json')];
      const before = guarded.map(stamp);
      const port = await freePort();
      const output: string[] = [];
      const child = spawn('npx', ['tsx', 'scripts/start.ts', '--sources', sources, '--port', String(port)], { cwd: REPO, detached: true, env: { ...process.env, RUNLENS_SOURCES: '' } });
      child.stdout.on('data', (chunk) => output.push(String(chunk)));
      child.stderr.on('data', (chunk) => output.push(String(chunk)));
      try {
        const base = `http://127.0.0.1:${port}/`;
        const manifest = await (await waitFor(`${base}data/manifest.json`, child)).json();
        expect(manifest.sources.map((source: { name: string }) => source.name)).toEqual(['own']);
        expect(manifest.runs).toBe(TINY_CSV.trim().split('\n').length - 1);
        expect(await (await fetch(`${base}data/runlens.csv`)).text()).toBe('run,own.mult,own.quality\n1,10.5,Good\n2,11,Bad\n3,,Good\n4,12.25,Medium\n');
        expect((await (await fetch(`${base}site.json`)).json()).views.map((view: { name: string }) => view.name)).toContain('tpc-overview');
        expect(existsSync(path.join(dir, 'own-data', 'runlens.sqlite'))).toBe(true);
        expect(guarded.map(stamp)).toEqual(before);
      } catch (error) {
        throw new Error(`${(error as Error).message}\nnpm start printed:\n${output.join('')}`);
      } finally {
        process.kill(-child.pid!, 'SIGTERM');
      }
    }), 180_000);
});
