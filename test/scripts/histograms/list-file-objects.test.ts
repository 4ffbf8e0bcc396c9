import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFileObjects, type HistogramRootFile } from '../../../scripts/histograms/list-file-objects';
import { openRootFile } from '../../../scripts/root-reader/open-root-file';
import { RootReadError } from '../../../scripts/root-reader/root-read-error';
import { useRootFiles } from '../../support/rootfiles.js';
import { walkRecords } from '../root-writer/file-records';
import { qaFileBytes } from './qa-fixtures';

const rootfiles = useRootFiles('histograms/list-file-objects');

async function list(bytes: Uint8Array, file = 'qa.root') {
  return listFileObjects((await openRootFile(bytes, file)) as HistogramRootFile, bytes, file);
}

describe('listFileObjects', () => {
  it('lists every object below the top directory, depth first, by path, without directories or StreamerInfo', async () => {
    const objects = await list(qaFileBytes());
    expect(objects.map((o) => `${o.className} ${o.path};${o.cycle}`)).toEqual([
      'TH1F TPC/occupancy;1', 'TH2F TPC/DCA/dcaR;1', 'TProfile ITS/match;1', 'TH1D vertexZ;1',
    ]);
  });

  it('refuses a subdirectory record whose key disagrees with the pointer to it (corrupt)', async () => {
    const bytes = qaFileBytes();
    const dca = walkRecords(bytes).find((r) => r.className === 'TDirectory' && r.name === 'DCA')!;
    const damaged = bytes.slice();
    new DataView(damaged.buffer).setInt32(dca.offset, dca.nbytes + 1); // fNbytes of the record's own key
    const error = await list(damaged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RootReadError);
    expect(error).toMatchObject({ kind: 'corrupt', object: "TDirectory 'TPC/DCA'" });
  });

  it('refuses a file whose keys list points beyond its end (truncated), naming the object', async () => {
    const bytes = qaFileBytes();
    const records = walkRecords(bytes);
    const histogram = records.find((r) => r.name === 'occupancy')!;
    const list_ = records.filter((r) => r.className === 'TDirectory' && r.name === 'TPC')[1]; // the record after the directory itself: its keys list
    const copyAt = list_.offset + list_.keylen + 4 + Buffer.from(list_.data.subarray(4)).indexOf(Buffer.from(histogram.key.subarray(0, 22)));
    const damaged = bytes.slice();
    new DataView(damaged.buffer).setInt32(copyAt + 18, bytes.length + 100); // fSeekKey of the copy
    const error = await list(damaged).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RootReadError);
    expect(error).toMatchObject({ kind: 'truncated', object: "TH1F 'TPC/occupancy'" });
  });

  rootfiles.describe('on ROOT files with nested directories', () => {
    it('finds the 100 histograms under tof/plane0 and tof/plane1 and the top-level ones (roottest test.root)', async () => {
      const bytes = new Uint8Array(readFileSync(rootfiles.path('roottest/python/cmdLineUtils/test.root')));
      const objects = await list(bytes, 'test.root');
      expect(objects.filter((o) => o.path.startsWith('tof/plane0/'))).toHaveLength(40);
      expect(objects.filter((o) => o.path.startsWith('tof/plane1/'))).toHaveLength(40);
      expect(objects.filter((o) => /^tof\/h[01]_\d+N$/.test(o.path))).toHaveLength(20);
      expect(objects.filter((o) => !o.path.includes('/')).map((o) => `${o.className} ${o.path}`)).toEqual(['TH1F hpx', 'TH2F hpxpy', 'TProfile hprof']);
      expect(objects).toHaveLength(103);
    });

    it('finds the trees at every depth of uproot-nesteddirs.root', async () => {
      const bytes = new Uint8Array(readFileSync(rootfiles.path('scikit-hep-testdata/uproot-nesteddirs.root')));
      expect((await list(bytes)).map((o) => `${o.className} ${o.path}`)).toEqual(['TTree one/two/tree', 'TTree one/tree', 'TTree three/tree']);
    });

    it('keeps the highest cycle of a name (objstring.root holds two cycles of Lumi/physics)', async () => {
      const bytes = new Uint8Array(readFileSync(rootfiles.path('roottest/root/io/directory/objstring.root')));
      expect((await list(bytes)).map((o) => `${o.className} ${o.path};${o.cycle}`)).toEqual(['TObjString Lumi/physics;2']);
    });
  });
});
