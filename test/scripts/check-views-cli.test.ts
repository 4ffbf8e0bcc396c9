import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_EXIT, runCheckViews } from '../../scripts/check-views-cli';
import { siteMessages } from '../../scripts/site/site-messages';
import { caretLine } from '../../src/expr/expr-error';
import { aliasMessages, exprMessages } from '../../src/expr/expr-messages';
import { parse } from '../../src/expr/parse';
import viewSchema from '../../views/view.schema.json';
import { viewHints, viewMessages } from '../../src/view/view-messages';
import { buildTinyData, THREE_MISTAKES, TINY_VIEW, withProject, writeViews } from './site/site-fixtures';

/** The caret line under the first `part` of `source`, as caretLine draws it. */
function caretSpan(source: string, part: string): string {
  const start = source.indexOf(part);
  return caretLine({ source, start, end: start + part.length });
}

/** The keys a row chart may have, in the schema's order (views/view.schema.json). */
const ROW_KEYS = Object.keys(viewSchema.definitions.RowFile.properties);

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
        `  $.charts[1].colour: ${viewMessages.unknownKey(ROW_KEYS)}`,
        `      hint: ${viewHints.removeKey()}`,
        `  $.charts[2].y: ${viewMessages.wrongType('string')}`,
        '      hint: The trending variable on the vertical axis (a numeric column).',
        `check:views: 3 problems in 1 of 2 view files (against ${path.join('own-data', 'manifest.json')})`,
      ]);
    }));

  it('fails a view with bad QA expressions, each at its JSON path: a rule with a syntax error (position and caret), an alias naming an unknown column (closest name), two aliases using each other (the cycle)', () =>
    withProject(async (dir) => {
      const syntax = 'own.mult * (2 +';
      const unknown = 'own.mul * 2';
      const view = {
        ...TINY_VIEW,
        title: 'Bad QA expressions',
        aliases: { twice: 'own.mult * 2', typo: unknown, ping: 'pong + 1', pong: 'ping - 1' },
        rules: [
          { name: 'fine', level: 'Warning', expression: 'twice > 30' },
          { name: 'broken', level: 'Outlier', expression: syntax },
        ],
      };
      await project(dir, { tiny: TINY_VIEW, bad: view });
      const { code, out } = await checkViews(dir);
      expect(code).toBe(CHECK_EXIT.problems);
      const parsed = parse(syntax);
      if (parsed.ok) throw new Error(`"${syntax}" parses`);
      const error = parsed.error;
      const file = `${path.join('views', 'bad.json')}: 4 problems`;
      expect(out[0]).toBe(file);
      const lines = out.slice(1, -1).join('\n');
      const unknownAt = unknown.indexOf('own.mul') + 1;
      expect(lines).toContain(`  $.aliases.typo: is not a valid expression (at character ${unknownAt}):`);
      expect(lines).toContain(`  $.aliases.typo: ${viewMessages.badExpression(exprMessages.unknownColumn('own.mul', ['own.mult']), unknownAt, caretSpan(unknown, 'own.mul'))}\n      hint: ${viewHints.didYouMean(['own.mult'])}`);
      expect(lines).toContain(`  $.aliases.ping: ${viewMessages.badExpression(aliasMessages.cycle(['ping', 'pong', 'ping']), 1, caretSpan('pong + 1', 'pong'))}`);
      expect(lines).toContain(`  $.aliases.pong: ${viewMessages.badExpression(aliasMessages.cycle(['pong', 'ping', 'pong']), 1, caretSpan('ping - 1', 'ping'))}`);
      expect(lines).toContain(`  $.rules[1].expression: ${viewMessages.badExpression(error.message, error.start + 1, caretLine(error))}`);
      expect(lines).not.toContain('$.rules[0]');
      expect(out.at(-1)).toBe(`check:views: 4 problems in 1 of 2 view files (against ${path.join('own-data', 'manifest.json')})`);
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
