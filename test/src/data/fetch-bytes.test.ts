import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteCount, concatChunks, fetchBytes, fetchOrFail } from '../../../src/data/fetch-bytes';
import { LoadError } from '../../../src/data/load-error';
import { loadMessages } from '../../../src/data/load-messages';

let server: Server;
let base = '';
const payload = new Uint8Array(100_000).map((_, i) => i % 251);

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/data.bin') {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      response.write(payload.subarray(0, 40_000));
      setTimeout(() => response.end(payload.subarray(40_000)), 20);
    } else if (request.url === '/stalls.bin') {
      // Half the bytes, then nothing: the connection stays open.
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      response.write(payload.subarray(0, 50_000));
    } else if (request.url === '/no-answer.bin') {
      // Never answers (no headers either).
    } else if (request.url === '/gzipped.bin') {
      const compressed = gzipSync(payload);
      response.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': String(compressed.length) });
      response.end(compressed);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchBytes', () => {
  it('returns every byte and reports progress against the expected size when there is no Content-Length', async () => {
    const seen: [number, number][] = [];
    const bytes = await fetchBytes(`${base}/data.bin`, { stallMs: 5000, expectedBytes: 100_000, onProgress: (received, total) => seen.push([received, total]) });
    expect(bytes).toEqual(payload);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toEqual([100_000, 100_000]);
    expect(seen.every(([, total]) => total === 100_000)).toBe(true);
  });

  it('measures progress against the expected size, not a gzip-compressed Content-Length', async () => {
    expect(gzipSync(payload).length).toBeLessThan(100_000);
    const seen: [number, number][] = [];
    const bytes = await fetchBytes(`${base}/gzipped.bin`, { stallMs: 5000, expectedBytes: 100_000, onProgress: (received, total) => seen.push([received, total]) });
    expect(bytes).toEqual(payload);
    expect(seen.at(-1)).toEqual([100_000, 100_000]);
  });

  it('falls back to Content-Length when the expected size is unknown', async () => {
    const compressed = gzipSync(payload).length;
    const seen: [number, number][] = [];
    await fetchBytes(`${base}/gzipped.bin`, { stallMs: 5000, onProgress: (received, total) => seen.push([received, total]) });
    expect(seen.at(-1)).toEqual([100_000, compressed]);
  });

  it('stops a download that goes past the expected size, naming the file', async () => {
    const url = `${base}/data.bin`;
    const error = await fetchBytes(url, { stallMs: 5000, expectedBytes: 40_000, listedIn: `${base}/manifest.json` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ kind: 'mismatch', file: url, message: loadMessages.tooLarge(url, `${base}/manifest.json`, 40_000) });
  });

  it('takes a size known only during the download (the manifest fetched beside it) from when it arrives', async () => {
    const url = `${base}/data.bin`;
    const size = Promise.resolve(40_000);
    const error = await fetchBytes(url, { stallMs: 5000, expectedBytes: size, listedIn: `${base}/manifest.json` }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'mismatch', file: url, message: loadMessages.tooLarge(url, `${base}/manifest.json`, 40_000) });
    const seen: number[] = [];
    const bytes = await fetchBytes(url, { stallMs: 5000, expectedBytes: Promise.resolve(100_000), onProgress: (_, total) => seen.push(total) });
    expect(bytes).toEqual(payload);
    expect(seen.at(-1)).toBe(100_000);
  });

  it('ignores a size promise that rejects (its failure is reported by whoever made it)', async () => {
    const failed = Promise.reject(new Error('manifest.json is not JSON'));
    failed.catch(() => undefined);
    expect(await fetchBytes(`${base}/data.bin`, { stallMs: 5000, expectedBytes: failed })).toEqual(payload);
  });

  it("stops when the caller's signal aborts", async () => {
    const stop = new AbortController();
    const pending = fetchBytes(`${base}/stalls.bin`, { stallMs: 5000, signal: stop.signal });
    stop.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'network', file: `${base}/stalls.bin` });
  });

  it('gives up a download that receives no byte for stallMs, saying how far it got', async () => {
    const url = `${base}/stalls.bin`;
    const error = await fetchBytes(url, { stallMs: 300, expectedBytes: 100_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'stalled', file: url, message: loadMessages.stalled(url, 50_000, 100_000, 0.3) });
  });

  it('gives up a request whose answer never starts', async () => {
    const url = `${base}/no-answer.bin`;
    const error = await fetchBytes(url, { stallMs: 200 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'stalled', file: url, message: loadMessages.stalled(url, 0, undefined, 0.2) });
  });

  it('throws a LoadError naming the file and the HTTP status', async () => {
    const url = `${base}/missing.sqlite`;
    const error = await fetchOrFail(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ kind: 'http', file: url, message: loadMessages.httpStatus(url, 404) });
  });
});

describe('byteCount', () => {
  it('reads a Content-Length as a whole number of bytes, anything else as 0 (unknown)', () => {
    expect(byteCount('909312')).toBe(909312);
    expect(byteCount('0')).toBe(0);
    for (const bad of [null, '', 'abc', '-5', '1.5', '1e999', 'Infinity']) expect(byteCount(bad)).toBe(0);
  });
});

describe('concatChunks', () => {
  it('joins chunks in order', () => {
    expect(concatChunks([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])], 3)).toEqual(new Uint8Array([1, 2, 3]));
  });
});
