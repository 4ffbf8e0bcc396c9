import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planStart, run, startCommands } from '../../scripts/start-cli';
import { withProject, writeTinySources } from './site/site-fixtures';

describe('planStart', () => {
  it('builds --sources into its own output folder and serves that folder', () =>
    withProject(async (dir) => {
      const sources = writeTinySources(dir);
      expect(planStart(['--sources', sources], dir, {})).toEqual({
        ok: true,
        plan: { sources, data: path.join(dir, 'own-data'), out: undefined, host: '127.0.0.1', port: '5173' },
      });
      const out = planStart(['--sources', sources, '--out', 'x', '--port', '9000'], dir, {});
      expect(out.ok && out.plan).toMatchObject({ data: path.join(dir, 'x'), out: path.join(dir, 'x'), port: '9000' });
    }));

  it('takes RUNLENS_SOURCES like --sources, and --sources wins', () =>
    withProject(async (dir) => {
      const sources = writeTinySources(dir);
      expect(planStart([], dir, { RUNLENS_SOURCES: 'own/sources.json' })).toMatchObject({ ok: true, plan: { sources, data: path.join(dir, 'own-data') } });
      writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ output: 'o', sources: [{ name: 'x', kind: 'csv', files: 'a.csv' }] }));
      expect(planStart(['--sources', 'other.json'], dir, { RUNLENS_SOURCES: 'own/sources.json' })).toMatchObject({ ok: true, plan: { data: path.join(dir, 'o') } });
    }));

  it('without sources, builds the config’s sources into the config’s data folder (passing --out when they differ)', () =>
    withProject(async (dir) => {
      writeTinySources(dir);
      writeFileSync(path.join(dir, 'runlens.config.json'), JSON.stringify({ sources: 'own/sources.json', data: 'served' }));
      expect(planStart([], dir, {})).toMatchObject({ ok: true, plan: { data: path.join(dir, 'served'), out: path.join(dir, 'served') } });
    }));

  it('refuses an unknown argument with the usage', () => {
    const planned = planStart(['--source', 'x'], '/', {});
    expect(planned.ok).toBe(false);
    expect(!planned.ok && planned.message).toMatch(/bad argument --source\nusage: npm start/);
  });
});

describe('startCommands and run', () => {
  it('builds with build:data, then serves with Vite on the plan’s data folder', () => {
    const { build, serve } = startCommands({ sources: '/s.json', data: '/d', out: '/d', host: 'h', port: '1' });
    expect(build).toEqual(['npx', ['tsx', 'scripts/build-data.ts', '--sources', '/s.json', '--out', '/d']]);
    expect(serve[1]).toEqual(['vite', '--host', 'h', '--port', '1', '--configLoader', 'runner']);
    expect(serve[2]).toMatchObject({ RUNLENS_DATA: '/d', RUNLENS_SOURCES: '/s.json' });
  });

  it('run resolves to the command’s exit code', async () => {
    expect(await run('sh', ['-c', 'exit 3'], process.env)).toBe(3);
    expect(await run('true', [], process.env)).toBe(0);
  });
});
