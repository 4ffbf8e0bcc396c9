import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../scripts/root-reader/check-file.js';
import { rootVersionText } from '../../../scripts/root-reader/file-header.js';
import { readHints, readMessages } from '../../../scripts/root-reader/read-messages.js';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file.js';

const file = (compression: 'none' | { algorithm: 'zlib'; level: number }) =>
  writeRootFile([{ name: 't', entries: 2, branches: [{ name: 'x', type: 'Int_t', values: [1, 2] }] }], { compression });

describe('checkFile', () => {
  it('returns the header and the StreamerInfo record with what no checksum covers of it', async () => {
    const raw = await checkFile(file('none'), 'raw.root');
    expect(raw.info).toMatchObject({ kind: 'record', name: 'StreamerInfo', unverified: [{ cause: 'uncompressed' }] });
    expect(raw.info.unverified[0].bytes).toBe(raw.info.bytes);
    const zlib = await checkFile(file({ algorithm: 'zlib', level: 6 }), 'zlib.root');
    expect([zlib.header.compress, zlib.info.unverified]).toEqual([106, []]);
  });

  it('refuses a file without streamer infos as not supported, naming the ROOT version (ROOT 2 wrote none)', async () => {
    const bytes = file('none');
    const view = new DataView(bytes.buffer);
    view.setInt32(4, 22300); // fVersion 2.23/00
    view.setInt32(37, 0); // fSeekInfo
    const error = await checkFile(bytes, 'old.root').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unsupported', file: 'old.root', object: 'file header', hint: readHints.resave() });
    expect((error as Error).message).toBe(`old.root: file header: ${readMessages.noStreamerInfo(rootVersionText(22300))} ${readHints.resave()}`);
    expect(readMessages.noStreamerInfo('2.23/00')).toBe('written by ROOT 2.23/00 without streamer info: not supported.');
  });

  it('refuses a file shorter than its header says, and a StreamerInfo pointer to another record', async () => {
    const bytes = file('none');
    await expect(checkFile(bytes.subarray(0, bytes.length - 1), 'cut.root')).rejects.toMatchObject({ kind: 'truncated', object: 'file header' });
    const moved = bytes.slice();
    new DataView(moved.buffer).setInt32(37, 100); // the top directory's record
    await expect(checkFile(moved, 'moved.root')).rejects.toMatchObject({ kind: 'corrupt', object: 'StreamerInfo' });
  });
});
