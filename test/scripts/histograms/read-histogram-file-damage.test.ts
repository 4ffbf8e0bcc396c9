/**
 * Every single-byte flip of a demo QA file (every 37th byte) either reads the
 * same histograms, or is refused as a RootReadError naming the file: never
 * another exception, a hang, or an aborted process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readHistogramFile } from '../../../scripts/histograms/read-histogram-file';
import { isRootReadError } from '../../../scripts/root-reader/root-read-error';

const qa = join(import.meta.dirname, '../../../data/qa');
const name = readdirSync(qa).filter((n) => n.endsWith('.root')).sort()[0];
const original = new Uint8Array(readFileSync(join(qa, name)));
const everything = <T>(objects: T[]) => objects;

describe('readHistogramFile on damaged copies of a demo QA file', () => {
  it('refuses each flip it notices with a RootReadError, and reads the rest', async () => {
    const quiet = (['log', 'warn', 'error'] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => undefined));
    const outcomes = { read: 0, refused: 0 };
    try {
      for (let at = 0; at < original.length; at += 37) {
        const copy = original.slice();
        copy[at] ^= 0xff;
        try {
          const read = await readHistogramFile(copy, name, everything);
          expect(read.histograms.length).toBeGreaterThan(0);
          outcomes.read += 1;
        } catch (error) {
          expect(isRootReadError(error), `byte ${at}: ${String(error)}`).toBe(true);
          expect((error as Error).message.startsWith(name)).toBe(true);
          outcomes.refused += 1;
        }
      }
    } finally {
      for (const spy of quiet) spy.mockRestore();
    }
    expect(outcomes.refused).toBeGreaterThan(outcomes.read); // nearly all of the file is checksummed zlib data
    expect(outcomes.read + outcomes.refused).toBe(Math.ceil(original.length / 37));
  }, 120_000);
});
