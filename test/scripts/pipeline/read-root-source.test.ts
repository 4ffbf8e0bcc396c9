import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { readRootSource } from '../../../scripts/pipeline/read-root-source';
import { big, caught, fakeReadTree, int, real, rootSpec, text, tree } from './helpers';

const ref = (name: string) => ({ path: `/d/${name}`, label: name });

describe('readRootSource', () => {
  it('reads each file in order, splits off the key and keeps entry origins per file', async () => {
    const readTree = fakeReadTree({
      '/d/a.root': tree('/d/a.root', [int('run', [10, 11]), real('x', [0.5, 1.5])]),
      '/d/b.root': tree('/d/b.root', [real('x', [2.5]), int('run', [12])], { rootVersion: '6.20/04', compression: 'lz4-4' }),
    });
    const lines: string[] = [];
    const { files, report } = await readRootSource(rootSpec('tpc', []), [ref('a.root'), ref('b.root')], readTree, (l) => lines.push(l));
    expect(report).toEqual([]);
    expect(files.map((f) => [f.label, f.entries, f.rootVersion, f.compression])).toEqual([
      ['a.root', 2, '6.30/02', 'zlib-1'],
      ['b.root', 1, '6.20/04', 'lz4-4'],
    ]);
    expect(files[0].part).toEqual({
      file: 'a.root', entries: 2, keys: Float64Array.of(10, 11),
      origins: [{ file: 'a.root', entry: 0 }, { file: 'a.root', entry: 1 }], columns: [real('x', [0.5, 1.5])],
    });
    expect(files[1].part?.origins).toEqual([{ file: 'b.root', entry: 0 }]);
    expect(lines).toEqual([
      messages.readingFile('tpc', 'a.root'), messages.readFile(2, 2, 0),
      messages.readingFile('tpc', 'b.root'), messages.readFile(1, 2, 0),
    ]);
  });

  it('passes the tree and include/exclude to the reader, adding the key to a non-empty include', async () => {
    const readTree = fakeReadTree({ '/d/a.root': tree('/d/a.root', [int('run', [1])]) });
    await readRootSource(rootSpec('s', [], { tree: 'dir/T', include: ['mean*'], exclude: ['x'] }), [ref('a.root')], readTree, () => {});
    await readRootSource(rootSpec('s', []), [ref('a.root')], readTree, () => {});
    expect(readTree.calls).toEqual([
      { file: '/d/a.root', tree: 'dir/T', options: { include: ['mean*', 'run'], exclude: ['x'] } },
      { file: '/d/a.root', tree: 'T', options: {} },
    ]);
  });

  it('passes the caller\'s bytes to the reader so the file is not read twice', async () => {
    const readTree = fakeReadTree({ '/d/a.root': tree('/d/a.root', [int('run', [1])]) });
    const bytes = Uint8Array.of(1, 2, 3);
    await readRootSource(rootSpec('s', [], { exclude: ['x'] }), [{ ...ref('a.root'), bytes }], readTree, () => {});
    expect(readTree.calls).toEqual([{ file: '/d/a.root', tree: 'T', options: { exclude: ['x'], bytes } }]);
  });

  it('reads the key alone when exclude matches it, instead of failing with "no key column"', async () => {
    const full = tree('/d/a.root', [real('x', [0.5, 1.5])]);
    const keyOnly = tree('/d/a.root', [int('run', [7, 8])]);
    let call = 0;
    const calls: unknown[] = [];
    const readTree = async (file: string, treePath: string, options?: unknown) => {
      calls.push(options);
      return call++ === 0 ? full : keyOnly;
    };
    const { files } = await readRootSource(rootSpec('s', [], { exclude: ['r*'] }), [ref('a.root')], readTree, () => {});
    expect(calls).toEqual([{ exclude: ['r*'] }, { include: ['run'] }]);
    expect(files[0].part?.keys).toEqual(Float64Array.of(7, 8));
    expect(files[0].part?.columns).toEqual([real('x', [0.5, 1.5])]);
  });

  it('reports each file of which no checksum covers some data as unverified-integrity, with the counts', async () => {
    const unverified = { baskets: 3, basketsRead: 40, bytes: 1200, bytesRead: 90000, detail: 'zstd blocks carry no checksum' };
    const readTree = fakeReadTree({
      '/d/a.root': tree('/d/a.root', [int('run', [1])], { unverified }),
      '/d/b.root': tree('/d/b.root', [int('run', [2])]),
    });
    const { report } = await readRootSource(rootSpec('z', []), [ref('a.root'), ref('b.root')], readTree, () => {});
    expect(report).toEqual([{ kind: 'unverified-integrity', source: 'z', file: 'a.root', ...unverified }]);
  });

  it('reports refused branches and an empty tree, skipping the empty file', async () => {
    const refused = [{ branch: 'h', rootType: 'TH1F', reason: 'object branch' }];
    const readTree = fakeReadTree({
      '/d/a.root': tree('/d/a.root', [int('run', [1])], { refused }),
      '/d/e.root': tree('/d/e.root', [int('run', [])], { entries: 0 }),
    });
    const { files, report } = await readRootSource(rootSpec('tpc', []), [ref('a.root'), ref('e.root')], readTree, () => {});
    expect(report).toEqual([
      { kind: 'refused-branch', source: 'tpc', file: 'a.root', branch: 'h', rootType: 'TH1F', reason: 'object branch' },
      { kind: 'empty-tree', source: 'tpc', file: 'e.root', tree: 'T' },
    ]);
    expect(files[1]).toEqual({ label: 'e.root', entries: 0, rootVersion: '6.30/02', compression: 'zlib-1', part: null });
  });

  it('fails naming the reason when the key branch itself was refused (not "has no key column")', async () => {
    const readTree = fakeReadTree({
      '/d/a.root': tree('/d/a.root', [int('Run', [1]), real('x', [2])], { refused: [{ branch: 'run', rootType: 'Int_t', reason: 'variable-size array run[n]' }] }),
    });
    const error = (await caught(() => readRootSource(rootSpec('tpc', []), [ref('a.root')], readTree, () => {}))) as BuildError;
    expect([error.kind, error.file, error.object]).toEqual(['key-missing', 'a.root', 'T/run']);
    expect(error.message).toBe(messages.keyRefused('a.root', 'T', 'run', 'variable-size array run[n]'));
    expect(error.hint).toBe(messages.keyRefusedHint());
  });

  it('fails with key-missing naming file, tree and the branches it has (refused ones marked)', async () => {
    const readTree = fakeReadTree({
      '/d/a.root': tree('/d/a.root', [int('Run', [1]), real('x', [2])], { refused: [{ branch: 'other', rootType: 'TObject', reason: 'r' }] }),
    });
    const error = (await caught(() => readRootSource(rootSpec('tpc', []), [ref('a.root')], readTree, () => {}))) as BuildError;
    expect(error.kind).toBe('key-missing');
    expect(error.file).toBe('a.root');
    expect(error.object).toBe('T/run');
    expect(error.message).toBe(messages.keyMissing('a.root', 'T', 'run', ['Run', 'x', 'other (refused)']));
  });

  it('fails with key-not-integer when the key branch is text', async () => {
    const readTree = fakeReadTree({ '/d/a.root': tree('/d/a.root', [text('run', ['1'])]) });
    const error = (await caught(() => readRootSource(rootSpec('tpc', []), [ref('a.root')], readTree, () => {}))) as BuildError;
    expect(error.kind).toBe('key-not-integer');
    expect(error.message).toBe(messages.keyNotInteger('a.root', 'T', 'run', 'char*'));
  });

  it('fails with key-not-integer when 64-bit key values lie beyond 2^53', async () => {
    const readTree = fakeReadTree({ '/d/a.root': tree('/d/a.root', [big('run', [2n ** 53n + 1n])]) });
    const error = (await caught(() => readRootSource(rootSpec('tpc', []), [ref('a.root')], readTree, () => {}))) as BuildError;
    expect(error.kind).toBe('key-not-integer');
    expect(error.message).toBe(messages.keyTooWide('a.root', 'T', 'run'));
  });

  it('lets the reader\'s own errors through unchanged', async () => {
    const failure = Object.assign(new Error('truncated'), { name: 'RootReadError', hint: 'copy it again' });
    const readTree = async () => { throw failure; };
    expect(await caught(() => readRootSource(rootSpec('tpc', []), [ref('a.root')], readTree, () => {}))).toBe(failure);
  });
});
