import { axisCells, type AxisSpec, type HistogramSpec, type HistogramStats } from './histogram-spec';

/** Centre of bin `i` (1 … bins) of an axis, equal or variable bins. */
export function binCentre(axis: AxisSpec, i: number): number {
  if (axis.edges) return (axis.edges[i - 1] + axis.edges[i]) / 2;
  const width = (axis.max - axis.min) / axis.bins;
  return axis.min + (i - 0.5) * width;
}

const sum = (values: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
};

/** fEntries when the spec gives none: every cell counts, under- and overflow included. */
export function defaultEntries(h: HistogramSpec): number {
  return sum(h.type === 'TProfile' ? h.binEntries : h.contents);
}

/**
 * The statistics sums over the in-range bins at their centres (ROOT's
 * TH1::GetStats fallback), overridden by whatever the spec states.
 */
export function histogramStats(h: HistogramSpec): HistogramStats {
  const s: HistogramStats = { tsumw: 0, tsumw2: 0, tsumwx: 0, tsumwx2: 0, tsumwy: 0, tsumwy2: 0, tsumwxy: 0 };
  if (h.type === 'TProfile') {
    for (let i = 1; i <= h.x.bins; i++) {
      const w = h.binEntries[i];
      const x = binCentre(h.x, i);
      s.tsumw += w;
      s.tsumw2 += h.binSumw2 ? h.binSumw2[i] : w;
      s.tsumwx += w * x;
      s.tsumwx2 += w * x * x;
      s.tsumwy += h.sumwy[i];
      s.tsumwy2 += h.sumwy2[i];
    }
  } else {
    const nx = axisCells(h.x);
    const y = h.type === 'TH2F' || h.type === 'TH2D' ? h.y : undefined;
    for (let iy = y ? 1 : 0; iy <= (y ? y.bins : 0); iy++) {
      const yc = y ? binCentre(y, iy) : 0;
      for (let ix = 1; ix <= h.x.bins; ix++) {
        const cell = ix + nx * iy;
        const w = h.contents[cell];
        const x = binCentre(h.x, ix);
        s.tsumw += w;
        s.tsumw2 += h.sumw2 ? h.sumw2[cell] : w;
        s.tsumwx += w * x;
        s.tsumwx2 += w * x * x;
        s.tsumwy += w * yc;
        s.tsumwy2 += w * yc * yc;
        s.tsumwxy += w * x * yc;
      }
    }
  }
  return { ...s, ...definedOnly(h.stats) };
}

function definedOnly(stats: Partial<HistogramStats> | undefined): Partial<HistogramStats> {
  return Object.fromEntries(Object.entries(stats ?? {}).filter(([, v]) => v !== undefined));
}
