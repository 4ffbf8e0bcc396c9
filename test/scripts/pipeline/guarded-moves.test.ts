import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SET_MARKER } from '../../../src/contract/data-contract';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { moveOwnFolder, removeOwnFolder } from '../../../scripts/pipeline/guarded-moves';
import { messages } from '../../../scripts/pipeline/messages';
import { nodeOutputFs } from '../../../scripts/pipeline/output-fs';
import { caught, withTempDir } from './helpers';

const ID = 'e'.repeat(32);

describe('removeOwnFolder / moveOwnFolder', () => {
  it('removes or moves a staging folder holding the expected marker', () =>
    withTempDir(async (dir) => {
      for (const name of ['a', 'b']) {
        await mkdir(path.join(dir, name));
        await writeFile(path.join(dir, name, SET_MARKER), ID);
      }
      await removeOwnFolder(path.join(dir, 'a'), 'staging', nodeOutputFs, ID);
      await moveOwnFolder(path.join(dir, 'b'), 'staging', path.join(dir, 'c'), nodeOutputFs, ID);
      expect(await readdir(dir)).toEqual(['c']);
    }));

  it('refuses, touching nothing, a folder without a marker or with another set\'s id', () =>
    withTempDir(async (dir) => {
      const mine = path.join(dir, 'mine');
      await mkdir(mine);
      await writeFile(path.join(mine, 'thesis.tex'), 'x');
      const error = (await caught(() => removeOwnFolder(mine, 'previous', nodeOutputFs))) as BuildError;
      expect([error.kind, error.file, error.message, error.hint]).toEqual([
        'output-unsafe', mine, messages.folderNotOurs(mine, 'previous', messages.noMarker(['thesis.tex'])), messages.folderNotOursHint(mine),
      ]);
      await writeFile(path.join(mine, SET_MARKER), 'f'.repeat(32));
      const other = (await caught(() => moveOwnFolder(mine, 'staging', path.join(dir, 'x'), nodeOutputFs, ID))) as BuildError;
      expect(other.message).toBe(messages.folderNotOurs(mine, 'staging', messages.markerMismatch(ID, 'f'.repeat(32))));
      expect((await readdir(mine)).sort()).toEqual([SET_MARKER, 'thesis.tex']);
    }));
});
