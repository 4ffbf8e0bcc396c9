import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFileSink, SINK_BUFFER_BYTES } from '../../../scripts/pipeline/file-sink';
import type { FileWriter } from '../../../scripts/pipeline/output-fs';

function memoryWriter(failOn = -1): FileWriter & { chunks: Uint8Array[]; closed: number } {
  const chunks: Uint8Array[] = [];
  const w = {
    chunks,
    closed: 0,
    write: async (c: Uint8Array) => {
      if (chunks.length === failOn) throw new Error('disk full');
      chunks.push(Uint8Array.from(c));
    },
    close: async () => void w.closed++,
  };
  return w;
}

describe('createFileSink', () => {
  it('writes text and bytes in order, gathering small chunks, and reports size and sha256 of all of it', async () => {
    const writer = memoryWriter();
    let seen: unknown;
    const sink = createFileSink('x.csv', writer, (meta) => (seen = meta), (c) => c as Error);
    const parts = ['run,é\n', Uint8Array.of(49, 10), 'x'.repeat(SINK_BUFFER_BYTES)];
    for (const p of parts) await sink.write(p);
    const meta = await sink.close();
    const all = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
    expect(meta).toEqual({ name: 'x.csv', bytes: all.length, sha256: createHash('sha256').update(all).digest('hex') });
    expect(seen).toEqual(meta);
    expect(Buffer.concat(writer.chunks)).toEqual(all);
    expect(writer.chunks.length).toBe(1);
    expect(writer.closed).toBe(1);
  });

  it('closes the writer and throws the mapped error when a write fails', async () => {
    const writer = memoryWriter(0);
    const sink = createFileSink('x', writer, () => {}, (c) => new Error(`mapped: ${(c as Error).message}`));
    await sink.write('a');
    await expect(sink.close()).rejects.toThrow('mapped: disk full');
    expect(writer.closed).toBe(1);
  });
});
