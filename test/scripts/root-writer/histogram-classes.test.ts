import { describe, expect, it } from 'vitest';
import { histogramClassInfos, TAxis, TH1, TProfile } from '../../../scripts/root-writer/histogram-classes';

describe('histogram class infos', () => {
  it('describe TH1 v8 with 26 elements ending in fBinStatErrOpt and fStatOverflows, fFunctions inline (63)', () => {
    expect([TH1.version, TH1.elements.length]).toEqual([8, 26]);
    expect(TH1.elements.slice(-2).map((e) => e.name)).toEqual(['fBinStatErrOpt', 'fStatOverflows']);
    expect(TH1.elements.find((e) => e.name === 'fFunctions')?.type).toBe(63);
    expect(TAxis.elements.find((e) => e.name === 'fLabels')).toMatchObject({ type: 64, typeName: 'THashList*' });
  });

  it('derive TProfile v7 from TH1D v3', () => {
    expect(TProfile.elements[0]).toMatchObject({ element: 'TStreamerBase', name: 'TH1D', baseVersion: 3, baseChecksum: 0xf9b1569f });
  });
});

describe('histogramClassInfos', () => {
  it('lists a TH1F file as ROOT does: TH1F, TH1 and what TH1 streams, each once', () => {
    expect(histogramClassInfos(['TH1F', 'TH1F'], false).map((c) => c.name)).toEqual([
      'TH1F', 'TH1', 'TNamed', 'TObject', 'TAttLine', 'TAttFill', 'TAttMarker', 'TAxis', 'TAttAxis', 'THashList', 'TList',
      'TSeqCollection', 'TCollection', 'TString',
    ]);
  });

  it('adds TH2 before the shared classes, TH1D for a profile, and TObjString at the end when bins are labelled', () => {
    const names = histogramClassInfos(['TProfile', 'TH2F'], true).map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['TProfile', 'TH1D', 'TH1']);
    expect(names.slice(-3)).toEqual(['TH2F', 'TH2', 'TObjString']);
    expect(new Set(names).size).toBe(names.length);
  });
});
