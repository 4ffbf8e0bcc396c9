import { describe, expect, it } from 'vitest';
import { histogramMessages as m } from '../../../scripts/root-writer/histogram-messages';
import type { HistogramSpec } from '../../../scripts/root-writer/histogram-spec';
import { RootWriterSpecError } from '../../../scripts/root-writer/RootWriterSpecError';
import { specMessages } from '../../../scripts/root-writer/spec-messages';
import { HISTOGRAM_TYPES, validateHistograms } from '../../../scripts/root-writer/validate-histograms';

const h1: HistogramSpec = { path: 'TPC/h', type: 'TH1D', x: { bins: 2, min: 0, max: 1 }, contents: [0, 1, 2, 0] };
const p1: HistogramSpec = { path: 'p', type: 'TProfile', x: { bins: 1, min: 0, max: 1 }, sumwy: [0, 1, 0], sumwy2: [0, 1, 0], binEntries: [0, 1, 0] };

/** The error validateHistograms throws for these histograms (fails the test when it throws none). */
function refusal(histograms: readonly HistogramSpec[]): RootWriterSpecError {
  try {
    validateHistograms(histograms);
  } catch (error) {
    if (error instanceof RootWriterSpecError) return error;
    throw error;
  }
  throw new Error('expected a RootWriterSpecError');
}
const bad = (patch: Record<string, unknown>, base: HistogramSpec = h1) => ({ ...base, ...patch }) as HistogramSpec;

describe('validateHistograms', () => {
  it('accepts every histogram type, nested paths, labels, edges and profiles', () => {
    expect(HISTOGRAM_TYPES).toEqual(['TH1F', 'TH1D', 'TH2F', 'TH2D', 'TProfile']);
    expect(() => validateHistograms([
      h1, p1,
      { path: 'a/b/c', type: 'TH2F', x: { bins: 1, min: 0, max: 1, edges: [0, 1], labels: ['x'] }, y: { bins: 1, min: -1, max: 1 }, contents: new Array(9).fill(0) },
    ])).not.toThrow();
  });

  it('accepts segments with digits first, dots and dashes (run directories such as 000295585)', () => {
    expect(() => validateHistograms([bad({ path: '000295585/TPC/h-1.v2' })])).not.toThrow();
  });

  it.each([['TPC/'], ['/h'], ['TPC//h'], ['.h'], ['-h'], ['h;1'], ['h 1'], ["h'1"], ['dé/h']])('refuses the path %j, naming it', (path) => {
    const e = refusal([bad({ path })]);
    expect([e.message, e.context]).toEqual([m.badPath(path), { histogram: path }]);
  });

  it('refuses a repeated path and a path that is also a directory', () => {
    expect(refusal([h1, h1]).message).toBe(m.duplicatePath('TPC/h'));
    expect(refusal([h1, bad({ path: 'TPC' })]).message).toBe(m.pathIsDirectory('TPC', 'TPC/h'));
    expect(refusal([bad({ path: 'TPC/h/x' }), h1]).message).toBe(m.pathIsDirectory('TPC/h', 'TPC/h/x'));
  });

  it('refuses an unknown type', () => {
    expect(refusal([bad({ type: 'TH3F' })]).message).toBe(m.badType('TPC/h', 'TH3F', HISTOGRAM_TYPES));
  });

  it('refuses bad bins, ranges, edges and label counts per axis', () => {
    expect(refusal([bad({ x: { bins: 0, min: 0, max: 1 } })]).message).toBe(m.badBins('TPC/h', 'x', 0));
    expect(refusal([bad({ x: { bins: 1.5, min: 0, max: 1 } })]).message).toBe(m.badBins('TPC/h', 'x', 1.5));
    expect(refusal([bad({ x: { bins: 2, min: 1, max: 1 } })]).message).toBe(m.badRange('TPC/h', 'x', 1, 1));
    expect(refusal([bad({ x: { bins: 2, min: 0, max: Infinity } })]).message).toBe(m.badRange('TPC/h', 'x', 0, Infinity));
    expect(refusal([bad({ x: { bins: 2, min: 0, max: 1, edges: [0, 1] } })]).message).toBe(m.badEdges('TPC/h', 'x', 'are 2 values'));
    expect(refusal([bad({ x: { bins: 2, min: 0, max: 1, edges: [0, 0, 1] } })]).message).toBe(m.badEdges('TPC/h', 'x', 'are not increasing at [1]'));
    expect(refusal([bad({ x: { bins: 2, min: 0, max: 1, edges: [0, 0.5, 2] } })]).message).toBe(m.badEdges('TPC/h', 'x', 'do not start at min and end at max'));
    expect(refusal([bad({ x: { bins: 2, min: 0, max: 1, labels: ['a'] } })]).message).toBe(m.badLabels('TPC/h', 'x', 1, 2));
    const h2 = { path: 'h2', type: 'TH2D', x: { bins: 1, min: 0, max: 1 }, y: { bins: 1, min: 2, max: 1 }, contents: new Array(9).fill(0) } as HistogramSpec;
    expect(refusal([h2]).message).toBe(m.badRange('h2', 'y', 2, 1));
  });

  it('refuses cell arrays of the wrong length or with non-numbers, naming the field and index', () => {
    expect(refusal([bad({ contents: [1, 2] })]).message).toBe(m.badLength('TPC/h', 'contents', 2, 4));
    expect(refusal([bad({ sumw2: [1] })]).message).toBe(m.badLength('TPC/h', 'sumw2', 1, 4));
    expect(refusal([bad({ contents: [0, 1, '2', 0] })]).message).toBe(m.badValue('TPC/h', 'contents', 2, '2'));
    expect(refusal([bad({ binEntries: [0, 1] }, p1)]).message).toBe(m.badLength('p', 'binEntries', 2, 3));
    expect(refusal([bad({ sumwy: undefined }, p1)]).message).toBe(m.badLength('p', 'sumwy', 0, 3));
  });

  it('refuses non-finite entries, stats and limits, out-of-range style codes and unknown error modes', () => {
    expect(refusal([bad({ entries: NaN })]).message).toBe(m.badNumber('TPC/h', 'entries', NaN));
    expect(refusal([bad({ stats: { tsumw: Infinity } })]).message).toBe(m.badNumber('TPC/h', 'stats.tsumw', Infinity));
    expect(refusal([bad({ y: { max: NaN } }, p1)]).message).toBe(m.badNumber('p', 'y.max', NaN));
    expect(refusal([bad({ style: { lineColor: 40000 } })]).message).toBe(m.badStyle('TPC/h', 'lineColor', 40000));
    expect(refusal([bad({ errorMode: 'spread' }, p1)]).message).toBe(m.badErrorMode('p', 'spread'));
  });

  it('refuses titles, labels and options outside Latin-1', () => {
    expect(refusal([bad({ title: 'π⁰' })]).message).toBe(specMessages.notLatin1('title of histogram "TPC/h"', 'π⁰'));
    expect(refusal([bad({ x: { bins: 2, min: 0, max: 1, labels: ['a', '€'] } })]).message)
      .toBe(specMessages.notLatin1('x label 2 of histogram "TPC/h"', '€'));
  });
});
