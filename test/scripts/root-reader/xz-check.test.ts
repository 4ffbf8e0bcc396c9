import { readFileSync } from 'node:fs';
import { R__unzip } from 'jsroot/io';
import { expect, it } from 'vitest';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import { isXzChecked, xzCheckProblem } from '../../../scripts/root-reader/xz-check.js';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('root-reader/xz-check');

/** The first LZMA block of a real file: its XZ stream and jsroot's decompressed bytes. */
async function firstXzBlock(): Promise<{ stream: Uint8Array; bytes: Uint8Array }> {
  const file = new Uint8Array(readFileSync(rootfiles.path('scikit-hep-testdata/uproot-Zmumu-lzma.root')));
  const at = file.findIndex((b, i) => b === 0x58 && file[i + 1] === 0x5a && file[i + 2] === 0 && file[i + 9] === 0xfd);
  const c = file[at + 3] | (file[at + 4] << 8) | (file[at + 5] << 16);
  const u = file[at + 6] | (file[at + 7] << 8) | (file[at + 8] << 16);
  const out = (await R__unzip(new DataView(file.buffer, at, 9 + c), u, true)) as DataView;
  return { stream: file.slice(at + 9, at + 9 + c), bytes: new Uint8Array(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength)) };
}

rootfiles.describe('xzCheckProblem on a block of uproot-Zmumu-lzma.root', () => {
  it('accepts the block as ROOT wrote it', async () => {
    const { stream, bytes } = await firstXzBlock();
    expect(stream[7]).toBe(1); // check type CRC32
    expect(isXzChecked(stream)).toBe(true);
    expect(xzCheckProblem(stream, bytes)).toBeUndefined();
  });

  it('reports a CRC32 mismatch when one decompressed byte differs', async () => {
    const { stream, bytes } = await firstXzBlock();
    bytes[10] ^= 0x01;
    expect(xzCheckProblem(stream, bytes)).toMatch(/^CRC32 [0-9a-f]+ differs from the stored [0-9a-f]+$/);
  });

  it('reports a size that differs from the XZ index', async () => {
    const { stream, bytes } = await firstXzBlock();
    expect(xzCheckProblem(stream, bytes.subarray(1))).toBe(readMessages.xzIndexSize(bytes.length, bytes.length - 1));
  });

  it('does not check a stream that declares no check', async () => {
    const { stream, bytes } = await firstXzBlock();
    stream[7] = 0;
    bytes[10] ^= 0x01;
    expect(isXzChecked(stream)).toBe(false);
    expect(xzCheckProblem(stream, bytes)).toBeUndefined();
  });
});

it('xzCheckProblem rejects bytes that are not an XZ stream', () => {
  expect(xzCheckProblem(new Uint8Array(40), new Uint8Array(10))).toBe(readMessages.notXz());
  expect(isXzChecked(new Uint8Array(40))).toBe(false);
});
