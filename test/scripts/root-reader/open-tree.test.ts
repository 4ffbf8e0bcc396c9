import { describe, expect, it } from 'vitest';
import { openTree, undecodable } from '../../../scripts/root-reader/open-tree.js';
import { readHints, readMessages } from '../../../scripts/root-reader/read-messages.js';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file.js';
import { walkRecords } from './record-walk.js';

const raw = () => writeRootFile([{ name: 't', entries: 3, branches: [{ name: 'x', type: 'Int_t', values: [1, 2, 3] }] }], { compression: 'none' });

/** Replaces every occurrence of an ASCII word with another of the same length. */
function replaceWord(bytes: Uint8Array, from: string, to: string): number {
  let count = 0;
  for (let at = Buffer.from(bytes).indexOf(from); at >= 0; at = Buffer.from(bytes).indexOf(from, at + 1), count++) bytes.set(Buffer.from(to), at);
  return count;
}

describe('openTree', () => {
  it('returns the tree\'s entries, branches and key, with the TTree record\'s integrity', async () => {
    const opened = await openTree(raw(), 'f.root', 't', false);
    expect([opened.entries, opened.branches.map((b) => b.fName), opened.key.fName, opened.verified]).toEqual([3, ['x'], 't', false]);
    expect(opened.record).toMatchObject({ kind: 'record', name: "TTree 't'", unverified: [{ cause: 'uncompressed' }] });
  });

  it('refuses a TTree record whose keys-list copy disagrees with its own key (jsroot decodes with the copy)', async () => {
    const bytes = raw();
    const keys = walkRecords(bytes).filter((r) => r.className === 'TFile').at(-2)!; // keys list, then free segments
    const copy = keys.offset;
    const view = new DataView(bytes.buffer);
    const keylen = view.getUint16(copy + 14);
    const objlenAt = copy + keylen + 4 + 6; // count, then the copy's fNbytes (4) and version (2)
    const objlen = view.getInt32(objlenAt);
    view.setInt32(objlenAt, objlen + 1);
    await expect(openTree(bytes, 'f.root', 't', false)).rejects.toMatchObject({
      kind: 'corrupt', object: "TTree 't'", message: expect.stringContaining(readMessages.keyCopy('fObjlen', String(objlen + 1), objlen)),
    });
  });

  it('refuses the tree a damaged StreamerInfo makes jsroot return without fEntries, with jsroot\'s words as detail, never as an empty tree', async () => {
    const bytes = raw();
    expect(replaceWord(bytes, 'fEntries', 'fEntriez')).toBeGreaterThan(0);
    const error = (await openTree(bytes, 'f.root', 't', false).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ kind: 'corrupt', file: 'f.root', object: "TTree 't'", hint: readHints.copyAgainOrReport() });
    expect(error.message.startsWith(`f.root: TTree 't': jsroot cannot decode it (${readMessages.treeEntries('missing')}`)).toBe(true);
  });

  it('names a missing tree by what the file holds, inside the console capture', async () => {
    await expect(openTree(raw(), 'f.root', 'nope', false)).rejects.toMatchObject({ kind: 'missing-tree', object: 'nope' });
  });
});

describe('undecodable', () => {
  it('says "not supported: jsroot misreads this layout" when checksums verified the bytes, "damaged, or…" when none did', () => {
    expect(undecodable('f.root', "TTree 't'", true, 'x')).toMatchObject({ kind: 'unsupported', message: `f.root: TTree 't': ${readMessages.jsrootMisreads('x')} ${readHints.report()}` });
    expect(undecodable('f.root', "TTree 't'", false, 'x')).toMatchObject({ kind: 'corrupt', message: `f.root: TTree 't': ${readMessages.jsrootCannotDecode('x')} ${readHints.copyAgainOrReport()}` });
    expect(readMessages.jsrootMisreads('x').startsWith('not supported: jsroot misreads this layout')).toBe(true);
  });
});
