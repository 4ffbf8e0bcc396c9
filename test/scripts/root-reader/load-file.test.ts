import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../../scripts/root-reader/load-file.js';

const temp = mkdtempSync(join(tmpdir(), 'runlens-load-file-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('loadFile', () => {
  it('returns the bytes of a file', async () => {
    writeFileSync(join(temp, 'a.bin'), Uint8Array.from([1, 2, 3]));
    expect(await loadFile(join(temp, 'a.bin'))).toEqual(Uint8Array.from([1, 2, 3]));
  });

  it('throws missing-file for an absent path and unreadable for a folder', async () => {
    await expect(loadFile(join(temp, 'none.root'))).rejects.toMatchObject({ kind: 'missing-file', file: join(temp, 'none.root') });
    await expect(loadFile(temp)).rejects.toMatchObject({ kind: 'unreadable', message: expect.stringContaining('EISDIR') });
  });
});
