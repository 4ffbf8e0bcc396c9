import { describe, expect, it } from 'vitest';
import { writeHistogramFile, type HistogramSpec } from '../../../scripts/root-writer/write-histogram-file';
import { readString, walkRecords, type RecordView } from './file-records';

const h1 = (path: string): HistogramSpec => ({ path, type: 'TH1D', x: { bins: 2, min: 0, max: 1 }, contents: [1, 2, 3, 4] });
const specs = [h1('TPC/a'), h1('TPC/DCA/b'), h1('top'), h1('ITS/c')];
const bytes = writeHistogramFile(specs, { fileName: 'qa.root', compression: { algorithm: 'zlib', level: 4 } });
const view = new DataView(bytes.buffer);
const records = walkRecords(bytes);
const named = (className: string, name: string) => records.filter((r) => r.className === className && r.name === name);

/** The TDirectory part of a directory record (after the name and title strings for the top directory). */
function directoryPart(r: RecordView, top: boolean) {
  let at = 0;
  if (top) {
    const dv = new DataView(r.data.buffer, r.data.byteOffset);
    at = readString(dv, readString(dv, 0)[1])[1];
  }
  const d = new DataView(r.data.buffer, r.data.byteOffset + at);
  return {
    version: d.getInt16(0), nbytesKeys: d.getInt32(10), nbytesName: d.getInt32(14),
    seekDir: d.getInt32(18), seekParent: d.getInt32(22), seekKeys: d.getInt32(26), length: r.data.length - at,
  };
}

/** Key copies of a keys list record. */
function keyCopies(r: RecordView): { className: string; name: string; seekKey: number; seekPdir: number; bytes: number[] }[] {
  const d = new DataView(r.data.buffer, r.data.byteOffset);
  const out = [];
  let at = 4;
  for (let i = 0; i < d.getInt32(0); i++) {
    const keylen = d.getInt16(at + 14);
    const [className, next] = readString(d, at + 26);
    const [name] = readString(d, next);
    out.push({ className, name, seekKey: d.getInt32(at + 18), seekPdir: d.getInt32(at + 22), bytes: Array.from(r.data.subarray(at, at + keylen)) });
    at += keylen;
  }
  expect(at).toBe(r.data.length);
  return out;
}

describe('writeHistogramFile layout (ROOT-FORMAT.md §2, §5, §6; subdirectories as in uproot-nesteddirs.root)', () => {
  it('walks header, top directory, subdirectories (parents first), histograms, StreamerInfo, keys lists, free segments', () => {
    expect(records.map((r) => `${r.className}:${r.name}`)).toEqual([
      'TFile:qa.root', 'TDirectory:TPC', 'TDirectory:DCA', 'TDirectory:ITS', 'TH1D:a', 'TH1D:b', 'TH1D:top', 'TH1D:c',
      'TList:StreamerInfo', 'TDirectory:TPC', 'TDirectory:DCA', 'TDirectory:ITS', 'TFile:qa.root', 'TFile:qa.root',
    ]);
    expect(records.every((r) => r.seekKey === r.offset)).toBe(true);
    expect(view.getInt32(12)).toBe(bytes.length);
  });

  it('gives each subdirectory a 60-byte TDirectory part pointing at itself, its parent and its keys list', () => {
    const [tpc, dca, its] = [named('TDirectory', 'TPC')[0], named('TDirectory', 'DCA')[0], named('TDirectory', 'ITS')[0]];
    for (const [dir, parent] of [[tpc, 100], [dca, tpc.offset], [its, 100]] as const) {
      const part = directoryPart(dir, false);
      const list = records.find((r) => r.offset === part.seekKeys)!;
      expect(part).toEqual({ version: 5, nbytesKeys: list.nbytes, nbytesName: dir.keylen, seekDir: dir.offset, seekParent: parent, seekKeys: list.offset, length: 60 });
      expect([dir.seekPdir, dir.title, list.className, list.name, list.seekPdir]).toEqual([parent, dir.name, 'TDirectory', dir.name, dir.offset]);
    }
  });

  it('puts each histogram key in its own directory (fSeekPdir) and copies it exactly into that keys list', () => {
    const dirSeek = (name: string) => named('TDirectory', name)[0].offset;
    const expected: [string, number][] = [['a', dirSeek('TPC')], ['b', dirSeek('DCA')], ['top', 100], ['c', dirSeek('ITS')]];
    for (const [name, seekPdir] of expected) {
      const record = named('TH1D', name)[0];
      expect(record.seekPdir, name).toBe(seekPdir);
      const list = records.find((r) => r.offset === (seekPdir === 100 ? directoryPart(records[0], true).seekKeys : directoryPart(records.find((d) => d.offset === seekPdir)!, false).seekKeys))!;
      expect(keyCopies(list).find((k) => k.name === name)?.bytes, name).toEqual(Array.from(record.key));
    }
  });

  it('lists subdirectories in their parent by an exact copy of their own key', () => {
    const top = keyCopies(records.find((r) => r.offset === directoryPart(records[0], true).seekKeys)!);
    expect(top.map((k) => `${k.className}:${k.name}`)).toEqual(['TDirectory:TPC', 'TH1D:top', 'TDirectory:ITS']);
    for (const copy of top.filter((k) => k.className === 'TDirectory')) {
      expect(copy.bytes).toEqual(Array.from(records.find((r) => r.offset === copy.seekKey)!.key));
      expect(copy.seekPdir).toBe(100);
    }
  });

  it('passes the checks ROOT makes on listed keys (64 ≤ fSeekKey, fSeekPdir ≤ fEND)', () => {
    const lists = records.slice(records.findIndex((r) => r.name === 'StreamerInfo') + 1, -1); // then the free segments
    expect(lists).toHaveLength(4);
    for (const list of lists) {
      for (const k of keyCopies(list)) expect(k.seekKey >= 64 && k.seekKey <= bytes.length && k.seekPdir >= 64 && k.seekPdir <= bytes.length).toBe(true);
    }
  });
});
