import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { readSource } from '../../../scripts/pipeline/read-source';
import { caught, csvSpec, fakeReadTree, int, real, rootSpec, tree } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const hash = (s: string) => createHash('sha256').update(s).digest('hex');
const files: Record<string, string> = { '/d/a.root': 'AAAA', '/d/sub/b.root': 'BB', '/d/r.csv': 'run,x\n1,1e999\n,2\n2,-1e999\n' };
const deps = (readTree = fakeReadTree({})) => ({
  readTree,
  readFile: async (f: string) => { if (!(f in files)) throw new Error(`ENOENT ${f}`); return enc(files[f]); },
  listFiles: async (pattern: string, base: string) => [`${base}/${pattern}`].filter((f) => f in files),
  log: () => {},
});

describe('readSource', () => {
  it('reads ROOT files into one table with per-file size, sha256, entries, version and compression', async () => {
    const readTree = fakeReadTree({
      '/d/a.root': tree('/d/a.root', [int('run', [1, 2]), real('x', [NaN, 1])]),
      '/d/sub/b.root': tree('/d/sub/b.root', [int('run', [3]), real('x', [Infinity])], { compression: 'none' }),
    });
    const { table, report } = await readSource(rootSpec('tpc', ['a.root', 'sub/b.root']), '/d', deps(readTree));
    expect(table.keys).toEqual(Float64Array.of(1, 2, 3));
    expect(table.columns).toEqual([real('x', [NaN, 1, Infinity])]);
    expect(table.files).toEqual([
      { path: 'a.root', bytes: 4, sha256: hash('AAAA'), entries: 2, rootVersion: '6.30/02', compression: 'zlib-1' },
      { path: 'sub/b.root', bytes: 2, sha256: hash('BB'), entries: 1, rootVersion: '6.30/02', compression: 'none' },
    ]);
    expect(report).toEqual([{ kind: 'non-finite', source: 'tpc', column: 'x', count: 2, detail: messages.nonFiniteDetail(1, 1, 0) }]);
  });

  it('reads a CSV source, counting invalid-key rows among its entries and reporting overflow to ±Inf', async () => {
    const { table, report } = await readSource(csvSpec('rct', ['r.csv']), '/d', deps());
    expect(table.keys).toEqual(Float64Array.of(1, 2));
    expect(table.files).toEqual([{ path: 'r.csv', bytes: files['/d/r.csv'].length, sha256: hash(files['/d/r.csv']), entries: 3, rootVersion: '', compression: 'csv' }]);
    expect(report).toEqual([
      { kind: 'invalid-key', source: 'rct', file: 'r.csv', entry: 1, value: '', reason: messages.invalidKeyEmpty() },
      { kind: 'non-finite', source: 'rct', column: 'x', count: 2, detail: messages.nonFiniteDetail(0, 1, 1) },
    ]);
  });

  it('reads each file once, one at a time, handing its bytes to the reader before reading the next', async () => {
    const events: string[] = [];
    const inner = fakeReadTree({
      '/d/a.root': tree('/d/a.root', [int('run', [1])]),
      '/d/sub/b.root': tree('/d/sub/b.root', [int('run', [2])]),
    });
    const readTree = async (file: string, treePath: string, options?: { bytes?: Uint8Array }) => {
      events.push(`parse ${file} ${new TextDecoder().decode(options?.bytes)}`);
      return inner(file, treePath, options);
    };
    const d = deps(fakeReadTree({}));
    const readFile = async (f: string) => { events.push(`read ${f}`); return d.readFile(f); };
    await readSource(rootSpec('tpc', ['a.root', 'sub/b.root']), '/d', { ...d, readTree, readFile });
    expect(events).toEqual(['read /d/a.root', 'parse /d/a.root AAAA', 'read /d/sub/b.root', 'parse /d/sub/b.root BB']);
  });

  it('ignores a UTF-8 byte order mark before the CSV header', async () => {
    const d = { ...deps(), readFile: async () => enc('\uFEFFrun,x\n7,1\n') };
    const { table } = await readSource(csvSpec('rct', ['r.csv']), '/d', d);
    expect(table.keys).toEqual(Float64Array.of(7));
  });

  it('fails with source-file-unreadable when a listed file cannot be read', async () => {
    const d = { ...deps(), listFiles: async (p: string, b: string) => [`${b}/${p}`] };
    const error = (await caught(() => readSource(csvSpec('rct', ['gone.csv']), '/d', d))) as BuildError;
    expect(error.kind).toBe('source-file-unreadable');
    expect(error.file).toBe('gone.csv');
    expect(error.message).toBe(messages.sourceFileUnreadable('/d/gone.csv', 'ENOENT /d/gone.csv'));
  });
});
