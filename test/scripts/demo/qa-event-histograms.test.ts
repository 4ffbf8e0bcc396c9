import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/demo/prng';
import { clustersPerLayer, eventSelection, matchingVsEta, multiplicity, triggerRate, vertexXY, vertexZ } from '../../../scripts/demo/qa-event-histograms';
import { validateHistograms } from '../../../scripts/root-writer/validate-histograms';
import { means2d, moments, profileMean } from './qa-stats';

const tpc = new Map<string, number>([['vertZ', 0.4], ['vertX', -0.05], ['vertY', 0.32], ['meanMult', 12], ['tpcItsMatchA', 0.91], ['tpcItsMatchC', 0.8]]);
const evs = new Map<string, number>([['triggerRate[0]', 280], ['triggerRate[1]', 120], ['triggerRate[2]', 180], ['nEvents', 1e6], ['fracPhysSel', 0.8], ['fracPileup', 0.02]]);
const rng = () => createRng(4, 'test');

describe('vertex, multiplicity, ITS and EVS QA histograms', () => {
  it('are valid writer requests, with their paths and classes', () => {
    const made = [vertexZ(tpc, 20_000, rng()), multiplicity(tpc, 'pp', 20_000, rng()), matchingVsEta(tpc, 50_000, rng()),
      clustersPerLayer(tpc, 50_000, rng()), vertexXY(tpc, 20_000, rng()), triggerRate(evs), eventSelection(evs)];
    expect(made.map((h) => `${h!.type} ${h!.path}`)).toEqual([
      'TH1D TPC/vertexZ', 'TH1D TPC/multiplicity', 'TProfile ITS/tpcItsMatch_vs_eta', 'TH1F ITS/clustersPerLayer', 'TH2D ITS/vertexXY', 'TH1D EVS/triggerRate', 'TH1F EVS/eventSelection',
    ]);
    expect(() => validateHistograms(made.map((h) => h!))).not.toThrow();
  });

  it('centre the vertex distributions on vertZ and (vertX, vertY)', () => {
    expect(moments(vertexZ(tpc, 40_000, rng())!).mean).toBeCloseTo(0.4, 0);
    const [x, y] = means2d(vertexXY(tpc, 40_000, rng())!);
    expect(x).toBeCloseTo(-0.05, 3);
    expect(y).toBeCloseTo(0.32, 3);
  });

  it('give the multiplicity the run\'s mean, over the range of its collision system', () => {
    expect(moments(multiplicity(tpc, 'pp', 40_000, rng())!).mean).toBeCloseTo(12, 0);
    const pbpb = multiplicity(new Map([['meanMult', 260]]), 'Pb-Pb', 40_000, rng())!;
    expect([pbpb.x.max, moments(pbpb).mean]).toEqual([1200, expect.closeTo(260, -1)]);
  });

  it('profile the matching at tpcItsMatchC for η < 0 and tpcItsMatchA for η > 0 (a little lower at large |η|)', () => {
    const h = matchingVsEta(tpc, 200_000, rng())!;
    expect(profileMean(h, 0, 0.3)).toBeCloseTo(0.91, 2);
    expect(profileMean(h, -0.3, 0)).toBeCloseTo(0.8, 2);
    expect(h.type === 'TProfile' && h.sumwy2).toBe(h.type === 'TProfile' && h.sumwy);
  });

  it('follow the mean matching in the ITS clusters per layer, labelled L0 … L6', () => {
    const h = clustersPerLayer(tpc, 50_000, rng())!;
    expect(h.x.labels).toEqual(['L0', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6']);
    expect(moments(h).sum / (50_000 * 0.855 * 6.57)).toBeCloseTo(1, 2); // mean matching × the summed layer efficiencies
  });

  it('put the trigger rates and the event counts into labelled bins', () => {
    const rates = triggerRate(evs)!;
    expect(rates.type === 'TH1D' && [Array.from(rates.contents), rates.x.labels]).toEqual([[0, 280, 120, 180, 0], ['INT7', 'CENT', 'SEMICENT']]);
    const selection = eventSelection(evs)!;
    expect(selection.type === 'TH1F' && Array.from(selection.contents)).toEqual([0, 1e6, 8e5, 20_000, 0]);
  });

  it('leave a histogram out when one of its values is missing', () => {
    expect(eventSelection(new Map([...evs, ['fracPileup', NaN]]))).toBeUndefined();
    expect(vertexXY(new Map([['vertX', 0]]), 10, rng())).toBeUndefined();
    expect(triggerRate(undefined)).toBeUndefined();
  });
});
