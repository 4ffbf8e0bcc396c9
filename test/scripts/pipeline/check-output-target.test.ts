import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { checkOutputTarget, isInside, sidePaths } from '../../../scripts/pipeline/check-output-target';
import { messages } from '../../../scripts/pipeline/messages';
import { nodeOutputFs } from '../../../scripts/pipeline/output-fs';
import { caught, withTempDir } from './helpers';

describe('sidePaths', () => {
  it('puts the staging and previous folders beside the output folder, dot-named after it', () => {
    expect(sidePaths('/w/public/data')).toEqual({ output: '/w/public/data', staging: '/w/public/.data-staging', previous: '/w/public/.data-previous' });
  });
});

describe('isInside', () => {
  it('is true for the folder itself and paths below it only', () => {
    expect([isInside('/a/b', '/a/b'), isInside('/a/b/c', '/a/b'), isInside('/a/bc', '/a/b'), isInside('/a', '/a/b')]).toEqual([true, true, false, false]);
  });
});

describe('checkOutputTarget', () => {
  it('returns what each of the three folders is', () =>
    withTempDir(async (dir) => {
      const out = path.join(dir, 'data');
      await mkdir(out);
      expect(await checkOutputTarget(out, [], nodeOutputFs)).toEqual({ output: { kind: 'empty' }, staging: { kind: 'missing' }, previous: { kind: 'missing' } });
    }));

  it('refuses the protected path first, then the output folder, then a side folder', () =>
    withTempDir(async (dir) => {
      const out = path.join(dir, 'data');
      await mkdir(out);
      await writeFile(path.join(out, 'notes.txt'), '');
      await mkdir(sidePaths(out).staging);
      const held = (await caught(() => checkOutputTarget(out, [path.join(out, 'sources.json')], nodeOutputFs))) as BuildError;
      expect(held.message).toBe(messages.outputHoldsInput(out, path.join(out, 'sources.json')));
      const output = (await caught(() => checkOutputTarget(out, [], nodeOutputFs))) as BuildError;
      expect(output.message).toBe(messages.outputNotOurs(out, messages.noMarker(['notes.txt'])));
      const other = path.join(dir, 'other');
      await mkdir(sidePaths(other).staging, { recursive: true });
      const side = (await caught(() => checkOutputTarget(other, [], nodeOutputFs))) as BuildError;
      expect([side.file, side.message]).toEqual([sidePaths(other).staging, messages.folderNotOurs(sidePaths(other).staging, 'staging', messages.noMarker([]))]);
    }));
});
