import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { writeHistogramFile, type HistogramSpec } from '../../../scripts/root-writer/write-histogram-file';
import { walkRecords } from '../root-writer/file-records';

/** A small QA file: a labelled TH1F and a TH2F under TPC/, a TProfile under ITS/, a TH1D at the top. */
export function qaHistograms(shift = 0): HistogramSpec[] {
  return [
    { path: 'TPC/occupancy', type: 'TH1F', title: 'occupancy', x: { bins: 3, min: 0, max: 3, labels: ['A00', 'A01', 'C00'] }, contents: [0, 5 + shift, 6, 7, 1] },
    { path: 'TPC/DCA/dcaR', type: 'TH2F', title: 'DCA r', option: 'colz', x: { bins: 4, min: -1, max: 1 }, y: { bins: 2, min: 0, max: 2 }, contents: Array.from({ length: 24 }, (_, i) => (i % 5) + shift) },
    { path: 'ITS/match', type: 'TProfile', title: 'matching', x: { bins: 2, min: -1, max: 1 }, sumwy: [0, 9, 8, 0], sumwy2: [0, 8.2, 6.5, 0], binEntries: [0, 10, 10, 0] },
    { path: 'vertexZ', type: 'TH1D', title: 'vertex z', x: { bins: 2, min: -10, max: 10 }, contents: [1, 40 + shift, 41, 2] },
  ];
}

/** The bytes of a zlib-compressed QA file. */
export function qaFileBytes(shift = 0): Uint8Array {
  return writeHistogramFile(qaHistograms(shift), { compression: { algorithm: 'zlib', level: 6 }, fileName: 'qa.root' });
}

/** A copy of `bytes` with one byte changed inside the (compressed) data of the record named `name`. */
export function damageRecord(bytes: Uint8Array, name: string): Uint8Array {
  const record = walkRecords(bytes).find((r) => r.name === name && r.className !== 'TDirectory')!;
  const copy = bytes.slice();
  copy[record.offset + record.keylen + Math.floor((record.nbytes - record.keylen) / 2)] ^= 0x5a;
  return copy;
}

/**
 * A temporary folder removed after the test file; `write` puts a file into it,
 * `link` a symbolic link to a file elsewhere (real ROOT files are never copied);
 * both return the path.
 */
export function tempFolder(prefix: string): { dir: string; write(name: string, bytes: Uint8Array): string; link(name: string, target: string): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, bytes) {
      const path = join(dir, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, bytes);
      return path;
    },
    link(name, target) {
      const path = join(dir, name);
      mkdirSync(join(path, '..'), { recursive: true });
      symlinkSync(target, path, 'file');
      return path;
    },
  };
}
