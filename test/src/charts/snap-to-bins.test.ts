import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { snapToBinIndexes } from '../../../src/charts/snap-to-bins';
import { binningOver, type Binning } from '../../../src/crossfilter/histogram-bins';

/** The demo's TPC clusters histogram: 40 bins of 1.3 over [84, 136] (edges 97, 98.3, 99.6…, not exact in binary). */
const ncl = binningOver(84, 136, 40);

/** Bins whose pixel span [x(e_i), x(e_i+1)] overlaps the open span (a, b) (none when a = b), found by looking at every bin. */
function touchedBins(a: number, b: number, x: (v: number) => number, binning: Binning): number[] {
  const [left, right] = [Math.min(a, b), Math.max(a, b)];
  const touched: number[] = [];
  if (!(left < right)) return touched;
  for (let i = 0; i < binning.bins; i++) {
    if (x(binning.edges[i]) < right && x(binning.edges[i + 1]) > left) touched.push(i);
  }
  return touched;
}

/** The value interval of the bins snapToBinIndexes finds for pixels [start, end] on the linear axis `x`. */
function snapToBins(start: number, end: number, x: (v: number) => number, binning: Binning): [number, number] | null {
  const span = snapToBinIndexes(start, end, (i) => x(binning.edges[i]), binning.bins);
  return span && [binning.edges[span[0]], binning.edges[span[1]]];
}

describe('snapToBinIndexes on a linear axis (the bins it finds, as values)', () => {
  it('snaps both ends outward to bin edges, in either drag direction', () => {
    const x = scaleLinear().domain([0, 10]).range([0, 100]);
    const binning = binningOver(0, 10, 5);
    expect(snapToBins(42, 49, x, binning)).toEqual([4, 6]);
    expect(snapToBins(49, 42, x, binning)).toEqual([4, 6]);
    expect(snapToBins(39, 61, x, binning)).toEqual([2, 8]);
  });

  it('does not take the bin beyond an end that lies exactly on an edge', () => {
    const x = scaleLinear().domain([0, 10]).range([0, 100]);
    const binning = binningOver(0, 10, 5);
    expect(snapToBins(40, 80, x, binning)).toEqual([4, 8]);
    expect(snapToBins(40, 75, x, binning)).toEqual([4, 8]);
  });

  it('clamps to the axis and returns null for an empty span (a click) or one outside the axis', () => {
    const x = scaleLinear().domain([0, 10]).range([0, 100]);
    const binning = binningOver(0, 10, 5);
    expect(snapToBins(-50, 25, x, binning)).toEqual([0, 4]);
    expect(snapToBins(95, 400, x, binning)).toEqual([8, 10]);
    expect(snapToBins(30, 30, x, binning)).toBeNull();
    expect(snapToBins(100, 130, x, binning)).toBeNull();
  });

  it('given the pixels of an edge that inverts below itself, starts at that edge (the released brush kept its bins)', () => {
    // Found by search: on this width, x.invert(x(edge)) < edge for a lower edge of the ncl histogram.
    const width = [...Array(500).keys()].map((w) => w + 200).find((w) => {
      const x = scaleLinear().domain([ncl.lo, ncl.hi]).range([0, w]);
      return ncl.edges.some((edge) => x.invert(x(edge)) < edge);
    })!;
    const x = scaleLinear().domain([ncl.lo, ncl.hi]).range([0, width]);
    const edge = ncl.edges.findIndex((e) => x.invert(x(e)) < e);
    expect(snapToBins(x(ncl.edges[edge]), x(ncl.edges[edge + 2]), x, ncl)).toEqual([ncl.edges[edge], ncl.edges[edge + 2]]);
  });

  for (const width of [300, 1221]) {
    it(`over every start/end pixel pair of a 40-bin axis ${width} px wide: live = released, exactly the touched bins`, () => {
      const x = scaleLinear().domain([ncl.lo, ncl.hi]).range([0, width]);
      const mismatches: string[] = [];
      for (let start = 0; start <= width && mismatches.length < 5; start++) {
        for (let end = 0; end <= width; end++) {
          const live = snapToBins(start, end, x, ncl);
          const touched = touchedBins(start, end, x, ncl);
          if (!live) {
            if (touched.length) mismatches.push(`${start}→${end}: null, touched ${touched}`);
            continue;
          }
          // The brush is moved to the snapped edges' pixels; on release the brush hands back exactly those.
          const released = snapToBins(x(live[0]), x(live[1]), x, ncl);
          const expected = [ncl.edges[touched[0]], ncl.edges[touched[touched.length - 1] + 1]];
          const contiguous = touched.every((bin, i) => bin === touched[0] + i);
          if (!released || released[0] !== live[0] || released[1] !== live[1] || live[0] !== expected[0] || live[1] !== expected[1] || !contiguous) {
            mismatches.push(`${start}→${end}: live ${live}, released ${released}, touched bins ${touched}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

describe('snapToBinIndexes', () => {
  it('gives the edge indexes of the bins a pixel span touches, and is its own fixed point', () => {
    const edgePixel = (i: number) => 10 + i * 7.3;
    for (let start = 0; start < 320; start += 3.1) {
      for (const length of [0, 0.5, 5, 40, 400]) {
        const span = snapToBinIndexes(start, start + length, edgePixel, 40);
        if (!span) continue;
        expect(span[0]).toBeLessThan(span[1]);
        expect(snapToBinIndexes(edgePixel(span[0]), edgePixel(span[1]), edgePixel, 40)).toEqual(span);
      }
    }
    expect(snapToBinIndexes(10 + 7.3 * 2.2, 10 + 7.3 * 2.6, edgePixel, 40)).toEqual([2, 3]);
    expect(snapToBinIndexes(5, 5, edgePixel, 40)).toBeNull();
  });
});
