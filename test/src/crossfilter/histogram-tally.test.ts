import crossfilter from 'crossfilter2';
import { describe, expect, it } from 'vitest';
import { binIndex, binningFor, type Binning } from '../../../src/crossfilter/histogram-bins';
import { histogramSlots, OUTSIDE } from '../../../src/crossfilter/histogram-tally';
import { slotTotals } from '../../../src/crossfilter/slot-tally';
import { nextUp, numericAccessor } from '../../../src/crossfilter/missing-sentinel';

// Values with every way of having no bin, and values exactly on edges.
const tricky = [NaN, Infinity, -Infinity, 0, -3, 1e-300, 5e-324, 1, 2, 2.5, 3, 4, 5, 10, 99.5, 100, 1e6, 4.29e9, -1e308, 1e308];
// A seeded spread so most bins hold several runs.
const spread = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 1000) / 7 - 20);
const values = new Float64Array([...tricky, ...spread]);

const cases: [string, Binning][] = [
  ['linear over every finite value', binningFor(values, { bins: 12, scale: 'linear', robustK: Infinity })],
  ['linear over a fixed domain (runs below and above)', binningFor(values, { bins: 9, scale: 'linear', domain: [2, 100], robustK: 3 })],
  ['linear over the robust range', binningFor(values, { bins: 20, scale: 'linear', robustK: 2 })],
  ['log over a fixed domain (non-positive runs)', binningFor(values, { bins: 8, scale: 'log', domain: [1, 1e6], robustK: 3 })],
];

const slotName = (binning: Binning, slot: number) => (slot < binning.bins ? `bin ${slot}` : OUTSIDE[slot - binning.bins]);

describe('histogramSlots', () => {
  for (const [name, binning] of cases) {
    it(`puts in bin i exactly the runs a brush over bin i selects on the histogram's dimension: ${name}`, () => {
      const slots = histogramSlots(binning, values);
      const cf = crossfilter(Array.from(values, (_, row) => row));
      const dimension = cf.dimension(numericAccessor(values));
      for (let i = 0; i < binning.bins; i++) {
        const last = i === binning.bins - 1;
        // The range clause a brush over bin i makes (the last bin closed), as the model applies it.
        dimension.filterRange([binning.edges[i], last ? nextUp(binning.edges[i + 1]) : binning.edges[i + 1]]);
        const brushed = cf.allFiltered().sort((a, b) => a - b);
        const slotted = [...slots.keys()].filter((row) => slots[row] === i);
        expect(slotted, `bin ${i} [${binning.edges[i]}, ${binning.edges[i + 1]}]`).toEqual(brushed);
      }
    });
  }

  it('totals per bin from the slots equal the values counted by binIndex, in every binning', () => {
    for (const [name, binning] of cases) {
      const byIndex = new Array<number>(binning.bins).fill(0);
      for (const value of values) if (binIndex(binning, value) >= 0) byIndex[binIndex(binning, value)]++;
      expect(Array.from(slotTotals(histogramSlots(binning, values), binning.bins)), name).toEqual(byIndex);
    }
  });

  it('says why a run has no bin: missing, ±Infinity, not positive under log, below, above', () => {
    const [, domain] = cases[1];
    const [, log] = cases[3];
    const why = (binning: Binning, value: number) => slotName(binning, histogramSlots(binning, new Float64Array([value]))[0]);
    expect([NaN, Infinity, -Infinity, 1.99, 100.01, 4.29e9].map((v) => why(domain, v))).toEqual(['missing', 'nonFinite', 'nonFinite', 'below', 'above', 'above']);
    expect([0, -3, 5e-324, 0.5, 2e6, 1, 1e6].map((v) => why(log, v))).toEqual(['notPositive', 'notPositive', 'below', 'below', 'above', 'bin 0', `bin ${log.bins - 1}`]);
  });
});
