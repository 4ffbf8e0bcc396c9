import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import { unzipBlocks } from '../../../scripts/root-reader/unzip-blocks.js';

/** A ROOT compression block: 9-byte header (tag, method, sizes little-endian) then the payload. */
function block(tag: string, method: number, payload: Uint8Array, uncompressed: number): Uint8Array {
  const out = new Uint8Array(9 + payload.length);
  out.set([tag.charCodeAt(0), tag.charCodeAt(1), method]);
  const c = payload.length;
  out.set([c & 0xff, (c >> 8) & 0xff, c >> 16, uncompressed & 0xff, (uncompressed >> 8) & 0xff, uncompressed >> 16], 3);
  out.set(payload, 9);
  return out;
}

const data = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 13);
const zlibBlock = (bytes: Uint8Array) => block('ZL', 8, new Uint8Array(deflateSync(bytes)), bytes.length);

describe('unzipBlocks', () => {
  it('inflates one zlib block to the key\'s fObjlen', async () => {
    expect(await unzipBlocks(zlibBlock(data), 3000)).toEqual({ ok: true, bytes: data, unverified: [] });
  });

  it('concatenates several blocks', async () => {
    const two = new Uint8Array([...zlibBlock(data.subarray(0, 1000)), ...zlibBlock(data.subarray(1000))]);
    expect(await unzipBlocks(two, 3000)).toEqual({ ok: true, bytes: data, unverified: [] });
  });

  it('reports a flipped byte in the zlib stream (Adler-32 or deflate error)', async () => {
    const bad = zlibBlock(data);
    bad[bad.length - 2] ^= 0x01; // inside the Adler-32 trailer
    const result = await unzipBlocks(bad, 3000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/^zlib block at byte 0: zlib stream is damaged \(.*check.*\)$/);
  });

  it('reports a block whose header promises another size', async () => {
    const lying = block('ZL', 8, new Uint8Array(deflateSync(data)), 2999);
    expect(await unzipBlocks(lying, 2999)).toEqual({ ok: false, detail: readMessages.blockSize('zlib', 0, 3000, 2999) });
  });

  it('reports blocks that hold less or more than fObjlen, before decompressing anything', async () => {
    expect(await unzipBlocks(zlibBlock(data), 4000)).toEqual({ ok: false, detail: readMessages.blocksTotal(3000, 4000) });
    expect(await unzipBlocks(zlibBlock(data), 2_000_000_000)).toEqual({ ok: false, detail: readMessages.blocksTotal(3000, 2_000_000_000) });
    const trailing = new Uint8Array([...zlibBlock(data), 1, 2, 3]);
    expect(await unzipBlocks(trailing, 3000)).toEqual({ ok: false, detail: readMessages.blockHeaderPastEnd(trailing.length - 3) });
  });

  it('refuses a zlib block whose method byte is not 8 (ROOT and jsroot refuse it), though the stream inflates', async () => {
    const other = block('ZL', 9, new Uint8Array(deflateSync(data)), 3000);
    expect(await unzipBlocks(other, 3000)).toEqual({ ok: false, detail: readMessages.blockProblem('zlib', 0, readMessages.zlibMethod(9)) });
  });

  it('reports an unknown tag and a block longer than the record', async () => {
    expect(await unzipBlocks(block('QQ', 8, data.subarray(0, 10), 10), 10)).toEqual({ ok: false, detail: readMessages.unknownBlockTag('QQ', 0) });
    const cut = zlibBlock(data).subarray(0, 20);
    const result = await unzipBlocks(cut, 3000);
    expect(!result.ok && result.detail).toBe(readMessages.blockPastRecord('zlib', 0, zlibBlock(data).length - 9));
  });
});
