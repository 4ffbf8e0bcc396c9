import { describe, expect, it } from 'vitest';
import { openFile } from 'jsroot';
import { LEAF_CLASSES, TREE_FILE_CLASSES } from '../../../scripts/root-writer/streamer-classes';
import { serializeStreamerInfos } from '../../../scripts/root-writer/streamer-info';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';
import { useRootFiles } from '../../support/rootfiles.js';
import { openBytes, withoutConsoleNoise } from './read-back';

const rootfiles = useRootFiles('root-writer/streamer-info');
const SAMPLE = 'scikit-hep-testdata/uproot-sample-6.20.04-uncompressed.root';
const ALL = [...TREE_FILE_CLASSES, ...Object.values(LEAF_CLASSES)];

/** What a reader can see of one TStreamerInfo, as jsroot decoded it. */
const describeInfo = (info: any) => ({
  name: info.fName,
  version: info.fClassVersion,
  checksum: info.fCheckSum >>> 0,
  elements: (info.fElements?.arr ?? []).map((e: any) => ({
    element: e._typename, name: e.fName, type: e.fType, size: e.fSize, typeName: e.fTypeName,
    arrayLength: e.fArrayLength, arrayDim: e.fArrayDim, maxIndex: Array.from(e.fMaxIndex ?? []), baseVersion: e.fBaseVersion,
    count: e.fCountName === undefined ? undefined : [e.fCountName, e.fCountClass, e.fCountVersion],
  })),
});

const infosOf = (file: any): Map<string, ReturnType<typeof describeInfo>> =>
  new Map(file.fStreamerInfos.arr.map((i: any) => [i.fName, describeInfo(i)]));

/** A file using every leaf class, so its StreamerInfo lists them all. */
const everyLeafFile = (): Uint8Array =>
  writeRootFile([{ name: 't', entries: 1, branches: Object.entries({
    o: 'Bool_t', b: 'Char_t', s: 'Short_t', i: 'Int_t', l: 'Long64_t', f: 'Float_t', d: 'Double_t',
  } as const).map(([name, type]) => ({ name, type, values: [0] })) }]);

describe('serializeStreamerInfos', () => {
  it('starts with a TList header whose byte count covers the whole list', () => {
    const bytes = serializeStreamerInfos(ALL, 64);
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(0)).toBe((0x40000000 | (bytes.length - 4)) >>> 0);
    expect([view.getInt16(4), view.getUint32(12), view.getInt32(17)]).toEqual([5, 0x02000000, ALL.length]);
  });

  it('lists, in a written file, only the leaf classes the trees use', async () => {
    const bytes = writeRootFile([{ name: 't', entries: 1, branches: [{ name: 'x', type: 'Float_t', values: [1] }] }]);
    const file = await withoutConsoleNoise(() => openBytes(bytes));
    const names = [...infosOf(file).keys()];
    expect(names).toEqual([...TREE_FILE_CLASSES.map((c) => c.name), 'TLeafF']);
  });
});

rootfiles.describe('StreamerInfo against ROOT 6.20 (uproot-sample uncompressed)', () => {
  it('every class we describe has the same version, checksum and elements as ROOT wrote', async () => {
    const reference = infosOf(await openFile(rootfiles.path(SAMPLE)));
    const ours = infosOf(await withoutConsoleNoise(() => openBytes(everyLeafFile())));
    expect([...ours.keys()].sort()).toEqual(ALL.map((c) => c.name).sort());
    for (const [name, info] of ours) expect(info, name).toEqual(reference.get(name));
  });
});
