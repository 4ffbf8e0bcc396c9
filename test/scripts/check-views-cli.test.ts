import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_EXIT, runCheckViews } from '../../scripts/check-views-cli';
import { siteMessages } from '../../scripts/site/site-messages';
import { viewHints, viewMessages } from '../../src/view/view-messages';
import { buildTinyData, THREE_MISTAKES, TINY_VIEW, withProject, writeViews } from './site/site-fixtures';

async function checkViews(root: string, argv: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheckViews(argv, { out: (l) => out.push(l), err: (l) => err.push(l), root, env });
  return { code, out, err };
}

/** A project whose config serves the tiny data set and opens view `tiny`. */
async function project(dir: string, views: Record<string, object | string>): Promise<void> {
  await buildTinyData(dir);
  writeViews(dir, views);
  writeFileSync(path.join(dir, 'runlens.config.json'), JSON.stringify({ defaultView: 'tiny', sources: 'own/sources.json' }));
}

describe('npm run check:views', () => {
  it('passes when every view fits the schema and the data', () =>
    withProject(async (dir) => {
      await project(dir, { tiny: TINY_VIEW });
      const { code, out, err } = await checkViews(dir);
      expect([code, err]).toEqual([CHECK_EXIT.ok, []]);
      expect(out).toEqual([`check:views: 1 view files OK (against ${path.join('own-data', 'manifest.json')})`]);
    }));

  it('prints every error of a file with three mistakes (unknown key, wrong type, unknown column), each with its path and a hint', () =>
    withProject(async (dir) => {
      await project(dir, { tiny: TINY_VIEW, bad: THREE_MISTAKES });
      const { code, out } = await checkViews(dir);
      expect(code).toBe(CHECK_EXIT.problems);
      expect(out).toEqual([
        `${path.join('views', 'bad.json')}: 3 problems`,
        `  $.charts[0].x: ${viewMessages.unknownColumn('own.mul')}`,
        `      hint: ${viewHints.didYouMean(['own.mult'])}`,
        `  $.charts[1].colour: ${viewMessages.unknownKey(['id', 'kind', 'title', 'x', 'selected'])}`,
        `      hint: ${viewHints.removeKey()}`,
        `  $.charts[2].y: ${viewMessages.wrongType('string')}`,
        '      hint: The trending variable on the vertical axis (a numeric column).',
        `check:views: 3 problems in 1 of 2 view files (against ${path.join('own-data', 'manifest.json')})`,
      ]);
    }));

  it('reports a default view that is not a view, and a view file from --views', () =>
    withProject(async (dir) => {
      await project(dir, { other: TINY_VIEW });
      const { code, out } = await checkViews(dir);
      expect(code).toBe(CHECK_EXIT.problems);
      expect(out).toContain(siteMessages.unknownDefaultView('tiny', path.join(dir, 'runlens.config.json'), ['other']));
    }));

  it('exits 2 when there is no built data to check against, or on a bad argument', () =>
    withProject(async (dir) => {
      await project(dir, { tiny: TINY_VIEW });
      const missing = await checkViews(dir, ['--data', 'nowhere']);
      expect([missing.code, missing.err]).toEqual([CHECK_EXIT.usage, [`check:views: ${siteMessages.noData('nowhere')}`]]);
      expect((await checkViews(dir, ['--bogus'])).code).toBe(CHECK_EXIT.usage);
    }));
});
