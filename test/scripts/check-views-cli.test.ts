import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_EXIT, runCheckViews } from '../../scripts/check-views-cli';
import { siteMessages } from '../../scripts/site/site-messages';
import { CHART_KINDS } from '../../src/charts/kinds/registry';
import { caretLine } from '../../src/expr/expr-error';
import { parse } from '../../src/expr/parse';
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

/**
 * Runs `run` with the histogram kind reading its `title` as an expression:
 * no kind has an expression key yet (aliases and rules will bring theirs;
 * then use one of those instead), and the check must already reach them.
 */
async function withExpressionKey<T>(run: () => Promise<T>): Promise<T> {
  const module = CHART_KINDS.histogram;
  const before = module.expressionReads;
  module.expressionReads = ['title'];
  try {
    return await run();
  } finally {
    module.expressionReads = before;
  }
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

  it('fails a view with bad expressions, each at its JSON path: a syntax error with its position and caret, an unknown column with the closest name', () =>
    withProject((dir) =>
      withExpressionKey(async () => {
        const syntax = 'own.mult * (2 +';
        const unknown = 'own.mul * 2';
        const view = { title: 'Bad expressions', charts: [
          { id: 'good', kind: 'histogram', x: 'own.mult', title: 'own.mult / 2' },
          { id: 'syntax', kind: 'histogram', x: 'own.mult', title: syntax },
          { id: 'unknown', kind: 'histogram', x: 'own.mult', title: unknown },
        ] };
        await project(dir, { tiny: TINY_VIEW, bad: view });
        const { code, out } = await checkViews(dir);
        expect(code).toBe(CHECK_EXIT.problems);
        const parsed = parse(syntax);
        if (parsed.ok) throw new Error(`"${syntax}" parses`);
        const error = parsed.error;
        expect(out[0]).toBe(`${path.join('views', 'bad.json')}: 2 problems`);
        expect(out[1]).toBe(`  $.charts[1].title: ${viewMessages.badExpression(error.message, error.start + 1, caretLine(error))}`);
        expect(out[2]).toMatch(/^ {2}\$\.charts\[2\]\.title: is not a valid expression \(at character 1\): .*own\.mul/);
        expect(out[3]).toBe(`      hint: ${viewHints.didYouMean(['own.mult'])}`);
        expect(out[4]).toBe(`check:views: 2 problems in 1 of 2 view files (against ${path.join('own-data', 'manifest.json')})`);
      }),
    ));

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
