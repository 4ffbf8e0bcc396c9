import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { histogramMessages } from '../../../scripts/histograms/histogram-messages';
import { JSROOT_READS } from '../../../scripts/histograms/jsroot-reads';
import { readHistogramFile } from '../../../scripts/histograms/read-histogram-file';
import { RootReadError } from '../../../scripts/root-reader/root-read-error';
import { useRootFiles } from '../../support/rootfiles.js';
import { writeHistogramFile } from '../../../scripts/root-writer/write-histogram-file';
import { walkRecords } from '../root-writer/file-records';
import { damageRecord, qaFileBytes, qaHistograms } from './qa-fixtures';

const rootfiles = useRootFiles('histograms/read-histogram-file');
const all = <T>(objects: T[]) => objects;

describe('readHistogramFile', () => {
  it('reads what the selection picks, with jsroot, and lists everything else too', async () => {
    const read = await readHistogramFile(qaFileBytes(), 'qa.root', (objects) => objects.filter((o) => o.path.startsWith('TPC/')));
    expect(read.objects.map((o) => o.path)).toEqual(['TPC/occupancy', 'TPC/DCA/dcaR', 'ITS/match', 'vertexZ']);
    expect(read.histograms.map((h) => [h.path, h.className, h.object._typename, h.object.fTitle])).toEqual([
      ['TPC/occupancy', 'TH1F', 'TH1F', 'occupancy'], ['TPC/DCA/dcaR', 'TH2F', 'TH2F', 'DCA r'],
    ]);
    expect(read.sizeOnly).toEqual([]);
  });

  it('refuses a file with a damaged histogram record before jsroot decodes it (corrupt, naming the histogram)', async () => {
    const error = await readHistogramFile(damageRecord(qaFileBytes(), 'dcaR'), 'qa.root', all).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RootReadError);
    expect(error).toMatchObject({ kind: 'corrupt', file: 'qa.root', object: "TH2F 'TPC/DCA/dcaR'" });
  });

  it('refuses a damaged record only when it is read: the same file gives the other histograms', async () => {
    const read = await readHistogramFile(damageRecord(qaFileBytes(), 'dcaR'), 'qa.root', (o) => o.filter((x) => x.path === 'vertexZ'));
    expect(read.histograms.map((h) => h.path)).toEqual(['vertexZ']);
  });

  it('refuses a damaged StreamerInfo, a truncated file and a file that is not ROOT', async () => {
    const kinds = await Promise.all([
      readHistogramFile(damageRecord(qaFileBytes(), 'StreamerInfo'), 'a.root', all),
      readHistogramFile(qaFileBytes().subarray(0, 500), 'b.root', all),
      readHistogramFile(new TextEncoder().encode('run,value\n1,2\n'), 'c.root', all),
    ].map((p) => p.catch((e: RootReadError) => [e.kind, e.object])));
    expect(kinds).toEqual([['corrupt', 'StreamerInfo'], ['truncated', ''], ['not-root', '']]);
  });

  it('reads inside the process-wide jsroot queue', async () => {
    let release: () => void = () => undefined;
    const blocker = JSROOT_READS.run(() => new Promise<void>((resolve) => { release = resolve; }));
    let done = false;
    const read = readHistogramFile(qaFileBytes(), 'qa.root', all).then(() => { done = true; });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    release();
    await Promise.all([blocker, read]);
    expect(done).toBe(true);
  });

  it('refuses an uncompressed record jsroot cannot decode (no checksum to catch it): an unknown TH1 version', async () => {
    const bytes = writeHistogramFile(qaHistograms(), { compression: 'none' });
    const record = walkRecords(bytes).find((r) => r.name === 'vertexZ')!;
    new DataView(bytes.buffer).setInt16(record.offset + record.keylen + 10, 99); // TH1's version word inside TH1D
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = await readHistogramFile(bytes, 'qa.root', all).catch((e: unknown) => e).finally(() => { warn.mockRestore(); log.mockRestore(); });
    expect(error).toMatchObject({ kind: 'corrupt', object: "TH1D 'vertexZ'" });
    expect((error as Error).message).toContain(histogramMessages.jsrootCannotRead('its cells or axes are missing'));
  });

  rootfiles.describe('on ROOT files', () => {
    it('reads hpx, hpxpy and hprof of a ROOT 5.34 file', async () => {
      const bytes = new Uint8Array(readFileSync(rootfiles.path('scikit-hep-testdata/uproot-hepdata-example.root')));
      const read = await readHistogramFile(bytes, 'hepdata.root', (o) => o.filter((x) => x.className !== 'TNtuple'));
      expect(read.histograms.map((h) => [h.path, h.object._typename])).toEqual([['hpx', 'TH1F'], ['hpxpy', 'TH2F'], ['hprof', 'TProfile']]);
    });

    it('says which blocks of a zstd file were only checked for size', async () => {
      const bytes = new Uint8Array(readFileSync(rootfiles.path('scikit-hep-testdata/uproot-Zmumu-zstd.root')));
      expect((await readHistogramFile(bytes, 'zstd.root', () => [])).sizeOnly).toEqual(['zstd']);
    });
  });
});
