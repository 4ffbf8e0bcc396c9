/**
 * The demo's data-taking periods: a 2018-like year of pp periods, one Pb-Pb
 * period (LHC18q) and one p-Pb period (LHC18r; invented for the demo, 2018 had
 * no p-Pb). Run-number ranges, fills and dates follow the real year loosely.
 */

export type BeamType = 'pp' | 'p-Pb' | 'Pb-Pb';

/** One period as the year plan defines it (before scaling to a run count). */
export interface PeriodDef {
  name: string;
  beamType: BeamType;
  pass: string;
  /** Run-number range of the period at the default scale, inclusive. */
  firstRun: number;
  lastRun: number;
  /** First fill number of the period. */
  firstFill: number;
  /** Start and end of data taking, Unix seconds UTC. */
  start: number;
  end: number;
}

/** A period with its share of the requested runs and its (possibly stretched) run range. */
export interface PeriodPlan extends PeriodDef {
  /** Number of runs the period gets. */
  count: number;
}

const day = (month: number, date: number): number => Date.UTC(2018, month - 1, date) / 1000;

const period = (
  name: string, beamType: BeamType, pass: string, runs: [number, number], firstFill: number, from: [number, number], to: [number, number],
): PeriodDef => ({ name, beamType, pass, firstRun: runs[0], lastRun: runs[1], firstFill, start: day(...from), end: day(...to) });

/** The year plan, in time order. Run numbers and fills increase from one period to the next. */
export const PERIOD_DEFS: readonly PeriodDef[] = [
  period('LHC18b', 'pp', 'apass1', [285000, 285450], 6600, [4, 28], [5, 10]),
  period('LHC18c', 'pp', 'apass1', [285950, 286350], 6640, [5, 11], [5, 20]),
  period('LHC18d', 'pp', 'apass1', [286380, 286950], 6675, [5, 21], [6, 3]),
  period('LHC18e', 'pp', 'apass1', [286980, 287980], 6720, [6, 4], [6, 22]),
  period('LHC18f', 'pp', 'apass1', [287990, 288650], 6800, [6, 23], [7, 5]),
  period('LHC18l', 'pp', 'apass1', [289160, 289980], 6850, [7, 20], [8, 7]),
  period('LHC18m', 'pp', 'apass1', [290200, 292850], 6915, [8, 8], [10, 10]),
  period('LHC18o', 'pp', 'apass1', [293350, 293900], 7130, [10, 11], [10, 20]),
  period('LHC18p', 'pp', 'apass1', [294000, 294930], 7175, [10, 21], [11, 6]),
  period('LHC18q', 'Pb-Pb', 'pass3', [295580, 296630], 7245, [11, 8], [11, 26]),
  period('LHC18r', 'p-Pb', 'apass1', [296690, 297600], 7330, [11, 27], [12, 3]),
];

/** At most this share of run numbers in a period's range is used, so runs keep gaps. */
const MAX_DENSITY = 0.5;

/**
 * Shares `runs` among the periods in proportion to their run-number ranges
 * (largest remainder, so the counts add up exactly). When the ranges cannot
 * hold that many runs (e.g. 100k runs), every range is stretched by the same
 * integer factor from the first run number, keeping their order.
 */
export function planPeriods(runs: number, defs: readonly PeriodDef[] = PERIOD_DEFS): PeriodPlan[] {
  const spans = defs.map((d) => d.lastRun - d.firstRun + 1);
  const total = spans.reduce((a, b) => a + b, 0);
  const counts = shareByLargestRemainder(runs, spans);
  const stretch = Math.max(1, Math.ceil(runs / (MAX_DENSITY * total)));
  const origin = defs[0].firstRun;
  return defs.map((d, i) => ({
    ...d,
    firstRun: origin + stretch * (d.firstRun - origin),
    lastRun: origin + stretch * (d.lastRun - origin) + stretch - 1,
    count: counts[i],
  }));
}

/** Splits `n` into integer parts proportional to `weights`, summing exactly to `n`. */
export function shareByLargestRemainder(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (n * w) / total);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = n - parts.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}
