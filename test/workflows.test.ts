import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = new URL('../.github/workflows/', import.meta.url);
const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file));
const text = (file: string) => readFileSync(new URL(file, dir), 'utf8');

interface Step { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown> }
const steps = (file: string, job: string): Step[] => (parse(text(file)) as { jobs: Record<string, { steps: Step[] }> }).jobs[job].steps;

describe('GitHub workflows', () => {
  it('there are the Pages and the pull-request workflows', () => {
    expect(files.sort()).toEqual(['pages.yml', 'pull-request.yml']);
  });

  // @action-validator/core checks against SchemaStore's github-workflow JSON Schema, bundled in the package (no network).
  it.each(files)('%s validates against the GitHub workflow JSON Schema', (file) => {
    expect(validateWorkflow(text(file)).errors).toEqual([]);
  });

  it('the schema check can fail: a misspelt job key is an error', () => {
    const broken = text('pages.yml').replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('Pages installs, tests, builds data and site under the Pages base path, and deploys with the official actions', () => {
    const build = steps('pages.yml', 'build');
    const uses = build.map((step) => step.uses?.replace(/@.*/, ''));
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact']));
    const runs = build.map((step) => step.run).filter(Boolean);
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm test', 'npm run build:site']);
    expect(build.find((step) => step.run === 'npm run build:site')!.env!.RUNLENS_BASE).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))!.with).toEqual({ path: 'dist' });
    expect(steps('pages.yml', 'deploy').map((step) => step.uses?.replace(/@.*/, ''))).toEqual(['actions/deploy-pages']);
  });

  it('a pull request builds the site as an artifact, failing on check:views, and runs the tests', () => {
    const site = steps('pull-request.yml', 'site');
    const runs = site.map((step) => step.run ?? step.uses?.replace(/@.*/, ''));
    expect(runs.indexOf('npm run build:data')).toBeLessThan(runs.findIndex((run) => run?.includes('check:views')));
    expect(runs.findIndex((run) => run?.includes('check:views'))).toBeLessThan(runs.indexOf('npm run build'));
    expect(runs.at(-1)).toBe('actions/upload-artifact');
    expect(steps('pull-request.yml', 'test').some((step) => step.run === 'npm test')).toBe(true);
  });
});
