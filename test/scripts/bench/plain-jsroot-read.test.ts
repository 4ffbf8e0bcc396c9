import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';
import { plainJsrootRead } from '../../../scripts/bench/plain-jsroot-read';
import { withTempDir } from '../pipeline/helpers';

describe('plainJsrootRead', () => {
  it('reads every entry of a tree with several baskets and branches', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 't.root');
      const entries = 2500;
      writeFileSync(file, writeRootFile([{ name: 'T', entries, branches: [
        { name: 'run', type: 'Int_t', values: Float64Array.from({ length: entries }, (_, i) => i) },
        { name: 'x', type: 'Double_t', values: new Float64Array(entries) },
      ] }], { basketEntries: 1000 }));
      expect(await plainJsrootRead(file, 'T')).toBe(entries);
    }));
});
