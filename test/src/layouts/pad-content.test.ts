import { describe, expect, it } from 'vitest';
import type { JsrootObject } from '../../../src/contract/histogram-contract';
import { layoutMessages } from '../../../src/layouts/layout-messages';
import { padContent } from '../../../src/layouts/pad-content';
import { compareOption, drawOption, levelOption, overlayOption } from '../../../src/layouts/pad-options';
import type { PadSpec } from '../../../src/view/layout-file';

const pad = (extra: Partial<PadSpec> = {}): PadSpec => ({ histogram: 'TPC/h', draw: '', logx: false, logy: false, logz: false, title: '', ...extra });
const h1 = (cells: number[], title = 'own title'): JsrootObject => ({ _typename: 'TH1F', fTitle: title, fXaxis: { fNbins: cells.length - 2 }, fYaxis: { fNbins: 1 }, fArray: Float32Array.from(cells) });
const h2: JsrootObject = { _typename: 'TH2F', fTitle: '2d', fXaxis: { fNbins: 1 }, fYaxis: { fNbins: 1 }, fArray: Float32Array.from([0, 0, 0, 0, 4, 0, 0, 0, 0]) };
const prof: JsrootObject = { _typename: 'TProfile', fTitle: 'p', fXaxis: { fNbins: 1 }, fArray: [0, 1, 0] };
const runOf = (run: number, entries: [string, JsrootObject][] | null) => ({ run, histograms: entries && new Map(entries) });

describe('drawOption / overlayOption / compareOption', () => {
  it('use the class\'s usual option when the pad names none, then the pad\'s log axes', () => {
    expect([drawOption(pad(), h1([0, 1, 0])), drawOption(pad(), h2), drawOption(pad(), prof)]).toEqual(['hist', 'colz', 'e1']);
    expect(drawOption(pad({ draw: 'lego2', logx: true, logz: true }), h2)).toBe('lego2 logx logz');
    expect([overlayOption(pad({ logy: true }), h1([0, 1, 0])), overlayOption(pad(), h2), overlayOption(pad(), prof)]).toEqual(['same hist logy', 'same box', 'same e1']);
    expect([compareOption(pad({ logx: true, logy: true })), compareOption(pad())]).toEqual(['hist logx', 'hist']);
    expect([levelOption(pad({ logx: true, logy: true })), levelOption(pad())]).toEqual(['same hist logx', 'same hist']);
  });
});

describe('padContent', () => {
  it('says when the run lacks the histogram, titled by the pad (or its path)', () => {
    expect(padContent(pad({ title: 'T' }), runOf(7, []), null, 'ratio')).toEqual({ title: 'T', note: layoutMessages.padEmpty('TPC/h', 7) });
    expect(padContent(pad(), runOf(7, null), null, 'ratio')).toEqual({ title: 'TPC/h', note: layoutMessages.padEmpty('TPC/h', 7) });
  });

  it('draws the run alone, titled by the histogram, without a reference or when the reference lacks it', () => {
    const h = h1([0, 2, 0]);
    expect(padContent(pad(), runOf(7, [['TPC/h', h]]), null, 'ratio')).toEqual({ title: 'own title', main: { object: h, option: 'hist' } });
    expect(padContent(pad(), runOf(7, [['TPC/h', h]]), runOf(8, []), 'ratio')).toEqual({ title: 'own title', main: { object: h, option: 'hist' } });
    expect(padContent(pad(), runOf(7, [['TPC/h', h]]), runOf(7, [['TPC/h', h]]), 'ratio').overlay).toBeUndefined();
  });

  it('overlays the reference scaled to the run\'s integral with the ratio below for 1-D', () => {
    const content = padContent(pad(), runOf(7, [['TPC/h', h1([0, 2, 6, 0])]]), runOf(8, [['TPC/h', h1([0, 1, 1, 0])]]), 'ratio');
    expect(Array.from(content.overlay!.object.fArray as Float64Array)).toEqual([0, 4, 4, 0]);
    expect(content.overlay!.option).toBe('same hist');
    expect(Array.from(content.compare!.object.fArray as Float64Array)).toEqual([0, 0.5, 1.5, 0]);
    expect([Array.from(content.level!.object.fArray as Float64Array), content.level!.option]).toEqual([[1, 1, 1, 1], 'same hist']);
    const difference = padContent(pad(), runOf(7, [['TPC/h', h1([0, 2, 6, 0])]]), runOf(8, [['TPC/h', h1([0, 1, 1, 0])]]), 'difference');
    expect(Array.from(difference.level!.object.fArray as Float64Array)).toEqual([0, 0, 0, 0]);
  });

  it('overlays a 2-D reference as boxes and compares nothing', () => {
    const content = padContent(pad(), runOf(7, [['TPC/h', h2]]), runOf(8, [['TPC/h', h2]]), 'difference');
    expect([content.overlay?.option, content.compare, content.level]).toEqual(['same box', undefined, undefined]);
  });
});
