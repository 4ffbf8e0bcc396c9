import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../../src/data/check-bytes';
import { LoadError } from '../../../src/data/load-error';
import { loadMessages } from '../../../src/data/load-messages';

const url = 'http://127.0.0.1:4173/data/runlens.sqlite';
const manifestUrl = 'http://127.0.0.1:4173/data/manifest.json';
const bytes = new Uint8Array([1, 2, 3, 4, 5]);
const listed = { name: 'runlens.sqlite', bytes: 5, sha256: createHash('sha256').update(bytes).digest('hex') };
const failure = (candidate: Uint8Array) => checkBytes(url, candidate, listed, manifestUrl).then(() => undefined, (e: unknown) => e);

describe('checkBytes', () => {
  it('passes bytes with the listed size and sha256', async () => {
    expect(await failure(bytes)).toBeUndefined();
  });
  it('refuses a file cut short or grown, by size, before hashing', async () => {
    expect(await failure(bytes.subarray(0, 3))).toMatchObject({ kind: 'mismatch', file: url, message: loadMessages.sizeMismatch(url, 3, manifestUrl, 5) });
    expect(await failure(new Uint8Array(0))).toMatchObject({ message: loadMessages.sizeMismatch(url, 0, manifestUrl, 5) });
    expect(loadMessages.sizeMismatch(url, 3, manifestUrl, 5)).toContain('cut short');
    expect(loadMessages.sizeMismatch(url, 7, manifestUrl, 5)).not.toContain('cut short');
  });
  it('refuses changed values of the same size by their sha256', async () => {
    const changed = Uint8Array.from(bytes);
    changed[2] = 9;
    const error = await failure(changed);
    expect(error).toBeInstanceOf(LoadError);
    const actual = createHash('sha256').update(changed).digest('hex');
    expect(error).toMatchObject({ kind: 'mismatch', message: loadMessages.hashMismatch(url, actual, manifestUrl, listed.sha256) });
  });
});
