import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { streamerInfoProblem } from '../../../scripts/root-reader/check-streamer-infos.js';
import { openRootFile } from '../../../scripts/root-reader/open-root-file.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file.js';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('root-reader/check-streamer-infos');
const element = (over: object) => ({ fName: 'fFriends', fArrayDim: 0, fArrayLength: 0, fMaxIndex: new Int32Array(5), ...over });
const fileWith = (...elements: object[]) => ({ fStreamerInfos: { arr: [{ fName: 'TTree', fElements: { arr: elements } }] } });

it('streamerInfoProblem accepts scalars and arrays whose length is the product of their dimensions', () => {
  expect(streamerInfoProblem(fileWith(element({}), element({ fArrayDim: 2, fArrayLength: 6, fMaxIndex: Int32Array.of(2, 3, 0, 0, 0) })))).toBeUndefined();
  expect(streamerInfoProblem({})).toBeUndefined();
});

it('streamerInfoProblem names class and element of a damaged fArrayDim or fArrayLength (jsroot loops over fArrayDim)', () => {
  expect(streamerInfoProblem(fileWith(element({ fArrayDim: 1560281088 })))).toBe(readMessages.elementOf('TTree', 'fFriends', readMessages.elementDims('1560281088')));
  expect(streamerInfoProblem(fileWith(element({ fArrayDim: 1, fArrayLength: 7, fMaxIndex: Int32Array.of(3, 0, 0, 0, 0) })))).toBe(readMessages.elementOf('TTree', 'fFriends', readMessages.elementLength('7', 3)));
  expect(streamerInfoProblem(fileWith(null as unknown as object))).toBe(readMessages.elementOf('TTree', '?', 'it is not an object'));
});

it('streamerInfoProblem finds nothing wrong in the writer\'s StreamerInfo', async () => {
  const bytes = writeRootFile([{ name: 't', entries: 1, branches: [{ name: 'x', type: 'Float_t', shape: [2, 3], values: [1, 2, 3, 4, 5, 6] }] }]);
  expect(streamerInfoProblem(await openRootFile(bytes))).toBeUndefined();
});

rootfiles.describe('streamerInfoProblem on real files', () => {
  it.each(['scikit-hep-testdata/uproot-sample-6.20.04-uncompressed.root', 'scikit-hep-testdata/uproot-HZZ.root', 'roottest/root/treeformula/formulaio/hsimple.31000.root'])(
    'finds nothing wrong in %s', async (name) => {
      const muted = console.log;
      console.log = () => undefined; // jsroot reports a ROOT 3 file's byte counts as it opens it
      try {
        expect(streamerInfoProblem(await openRootFile(new Uint8Array(readFileSync(rootfiles.path(name)))))).toBeUndefined();
      } finally {
        console.log = muted;
      }
    },
  );
});
