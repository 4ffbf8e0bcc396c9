import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRunFiles, fileLabel } from '../../../scripts/histograms/extract-run-files';
import { toPathPattern } from '../../../scripts/histograms/path-pattern';
import { toRunPattern } from '../../../scripts/histograms/run-pattern';
import { RootReadError } from '../../../scripts/root-reader/root-read-error';
import { qaFileBytes } from './qa-fixtures';

describe('fileLabel', () => {
  it('names a file relative to the base folder with / when inside it, absolute otherwise', () => {
    expect(fileLabel(path.join('/data', 'qa', '1.root'), '/data')).toBe('qa/1.root');
    expect(fileLabel('/elsewhere/1.root', '/data')).toBe('/elsewhere/1.root');
  });
});

describe('extractRunFiles', () => {
  const files: Record<string, Uint8Array | Error> = {
    '/base/qa/3.root': qaFileBytes(3),
    '/base/qa/1.root': qaFileBytes(1),
    '/base/qa/2.root': new RootReadError({ kind: 'unreadable', file: 'qa/2.root', object: '', message: 'cannot be read (EACCES).', hint: 'Check it.' }),
  };
  const job = (progress: [number, number][], written: number[]) => ({
    patterns: ['qa/*.root', 'qa/1.root'], runPattern: toRunPattern('(\\d+)\\.root$'), histograms: [toPathPattern('vertexZ')], baseDir: '/base',
    listFiles: async (pattern: string) => Object.keys(files).filter((f) => pattern === 'qa/*.root' || f.endsWith(pattern)).sort(),
    loadFile: async (file: string) => {
      const content = files[file];
      if (content instanceof Error) throw content;
      return content;
    },
    writeRun: async (run: number) => { written.push(run); },
    readAhead: 2,
    onProgress: (done: number, total: number) => progress.push([done, total]),
  });

  it('lists each file once, reads runs in order, reports a file that cannot be loaded, and says how far it got', async () => {
    const progress: [number, number][] = [];
    const written: number[] = [];
    const { records, report } = await extractRunFiles(job(progress, written));
    expect(records.map((r) => [r.run, r.histograms.map((h) => h.path)])).toEqual([[1, ['vertexZ']], [3, ['vertexZ']]]);
    expect(written).toEqual([1, 3]);
    expect(report).toEqual([{ kind: 'refused-file', run: 2, file: 'qa/2.root', reason: 'unreadable', object: '', detail: 'qa/2.root: cannot be read (EACCES). Check it.' }]);
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
});
