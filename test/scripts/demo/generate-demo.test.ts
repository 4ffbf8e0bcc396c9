import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, type DemoData } from '../../../scripts/demo/generate-demo';
import { TREND_VARIABLES } from '../../../scripts/demo/variables';
import { column, median, treeColumns } from './demo-tables';

let demo: DemoData;
beforeAll(() => {
  demo = generateDemo({ seed: 2018, runs: 3000 });
});

const runsOf = (d: DemoData) => ({
  tpc: column(treeColumns(d.tpc), 'run'),
  evs: column(treeColumns(d.evs), 'run'),
  rct: d.conditions.map((r) => r.run),
});

describe('generateDemo: determinism and size', () => {
  it('gives deep-equal output for the same seed and different values for another seed', () => {
    const a = generateDemo({ seed: 9, runs: 300 });
    expect(generateDemo({ seed: 9, runs: 300 })).toEqual(a);
    const b = generateDemo({ seed: 10, runs: 300 });
    expect(column(treeColumns(b.tpc), 'meanMIP')).not.toEqual(column(treeColumns(a.tpc), 'meanMIP'));
  });

  it.each([50, 300, 3000])('has exactly %i distinct runs over the three sources', (runs) => {
    const d = runs === 3000 ? demo : generateDemo({ seed: 1, runs });
    const all = Object.values(runsOf(d)).flat();
    expect(new Set(all).size).toBe(runs);
    expect(d.truth.runs).toBe(runs);
  });

  it('throws a RangeError for a run count that is not a positive integer', () => {
    expect(() => generateDemo({ seed: 1, runs: 0 })).toThrow(RangeError);
    expect(() => generateDemo({ seed: 1, runs: 2.5 })).toThrow(RangeError);
  });
});

describe('generateDemo: the truth matches the tables', () => {
  it('partial and one-source runs are the runs the tables lack in some source', () => {
    const present = runsOf(demo);
    const sets = { tpc: new Set(present.tpc), evs: new Set(present.evs), rct: new Set(present.rct) };
    const all = [...new Set(Object.values(present).flat())].sort((a, b) => a - b);
    const partial = all
      .map((run) => ({ run, presentIn: (['tpc', 'evs', 'rct'] as const).filter((s) => sets[s].has(run)) }))
      .filter((p) => p.presentIn.length < 3);
    expect(demo.truth.partialRuns).toEqual(partial);
    const single = partial.filter((p) => p.presentIn.length === 1).map((p) => ({ run: p.run, source: p.presentIn[0] }));
    expect(demo.truth.oneSourceRuns).toEqual(single);
    expect(single.some((s) => s.source === 'rct')).toBe(true);
    expect(single.some((s) => s.source === 'tpc')).toBe(true);
    expect(demo.truth.sourceRuns).toEqual({ tpc: sets.tpc.size, evs: sets.evs.size, rct: sets.rct.size });
    expect(demo.truth.entries).toEqual({ tpc: present.tpc.length, evs: present.evs.length, rct: present.rct.length });
  });

  it('exactly one run is repeated, in tpc only, at the entries and with the differing columns the truth names', () => {
    const present = runsOf(demo);
    const repeats = (runs: number[]) => runs.filter((r, i) => runs.indexOf(r) !== i);
    expect(repeats(present.evs)).toEqual([]);
    expect(repeats(present.rct)).toEqual([]);
    const [run] = repeats(present.tpc);
    expect(repeats(present.tpc)).toEqual([run]);
    const entries = present.tpc.flatMap((r, i) => (r === run ? [i] : []));
    const columns = treeColumns(demo.tpc);
    const differing = [...columns].filter(([, v]) => !Object.is(v[entries[0]], v[entries[1]])).map(([name]) => name);
    expect(demo.truth.repeatedRun).toEqual({ source: 'tpc', run, entries, differing });
  });

  it('missing counts per column equal the NaN values in the trees and empty cells in the CSV', () => {
    const counted = [
      ...(['tpc', 'evs'] as const).flatMap((source) =>
        [...treeColumns(demo[source])].map(([name, v]) => ({ source, column: name, count: v.filter(Number.isNaN).length })),
      ),
      ...(['fill', 'lumi', 'quality'] as const).map((c) => ({ source: 'rct', column: c, count: demo.conditions.filter((r) => r[c] === null).length })),
    ];
    const truth = new Map(demo.truth.missing.map((m) => [`${m.source}.${m.column}`, m.count]));
    for (const c of counted) expect(truth.get(`${c.source}.${c.column}`) ?? 0, `${c.source}.${c.column}`).toBe(c.count);
    const textColumns = ['run', 'period', 'pass', 'beamType', 'startTime', 'endTime', 'duration'] as const;
    for (const c of textColumns) expect(demo.conditions.every((r) => r[c] !== null)).toBe(true);
  });

  it('leaves 0.5–3 % of each float column missing and none of the integer branches', () => {
    for (const m of demo.truth.missing) {
      const rows = m.source === 'rct' ? demo.conditions.length : demo.truth.sourceRuns[m.source as 'tpc' | 'evs'];
      const limits = m.column === 'fill' ? [0, 0.02] : [0.005, 0.03];
      expect(m.count / rows, `${m.source}.${m.column}`).toBeGreaterThanOrEqual(limits[0]);
      expect(m.count / rows, `${m.source}.${m.column}`).toBeLessThanOrEqual(limits[1]);
    }
    for (const name of ['run', 'entries']) expect(column(treeColumns(demo.tpc), name).every(Number.isInteger)).toBe(true);
    for (const name of ['run', 'nEvents', 'nEventsSelected']) expect(column(treeColumns(demo.evs), name).every(Number.isInteger)).toBe(true);
  });
});

describe('generateDemo: outliers', () => {
  const noiseOf = (source: string, name: string, beam: 'pp' | 'p-Pb' | 'Pb-Pb'): number => {
    const base = name.replace(/\[\d+\]$/, '');
    const element = Number(/\[(\d+)\]$/.exec(name)?.[1] ?? 0);
    const v = TREND_VARIABLES.find((x) => x.source === source && x.name === base);
    if (!v) throw new Error(name);
    return v.noise[beam][element];
  };

  it('puts outliers in 3 % of the runs, 1–3 columns each, some clear and some moderate', () => {
    const byRun = new Map<number, number>();
    for (const o of demo.truth.outliers) byRun.set(o.run, (byRun.get(o.run) ?? 0) + 1);
    expect(byRun.size).toBe(90);
    expect(Math.max(...byRun.values())).toBeLessThanOrEqual(3);
    const clear = demo.truth.outliers.filter((o) => o.severity === 'clear').length;
    expect(clear / demo.truth.outliers.length).toBeGreaterThan(0.25);
    expect(clear / demo.truth.outliers.length).toBeLessThan(0.55);
  });

  it('moves each outlier away from its neighbours in the same period by about the stated sigmas', () => {
    const outlierCells = new Set(demo.truth.outliers.map((o) => `${o.source}.${o.column}.${o.run}`));
    const period = new Map(demo.conditions.map((r) => [r.run, r]));
    for (const o of demo.truth.outliers) {
      const tree = o.source === 'tpc' ? demo.tpc : demo.evs;
      const columns = treeColumns(tree);
      const runs = column(columns, 'run');
      const values = column(columns, o.column);
      const row = runs.indexOf(o.run);
      const info = period.get(o.run);
      if (!info) continue;
      const near = runs
        .map((r, i) => ({ r, v: values[i], i }))
        .filter((x) => Math.abs(x.i - row) <= 8 && x.i !== row && period.get(x.r)?.period === info.period)
        .filter((x) => !Number.isNaN(x.v) && !outlierCells.has(`${o.source}.${o.column}.${x.r}`));
      const z = (values[row] - median(near.map((x) => x.v))) / noiseOf(o.source, o.column, info.beamType);
      const expected = o.severity === 'clear' ? 7 : 1.5;
      expect(Math.abs(z), `${o.column} run ${o.run} (${o.sigmas})`).toBeGreaterThan(expected);
      expect(Math.sign(z)).toBe(Math.sign(o.sigmas));
    }
  });
});

describe('generateDemo: values look like ALICE QA of 2018', () => {
  type Beam = 'pp' | 'p-Pb' | 'Pb-Pb';
  /** Plot ranges of the TPC QA macros (DESIGN.md §3); p-Pb takes the pp ranges except for multiplicity. */
  const ranges: Record<string, Record<Beam, [number, number]>> = {
    meanTPCncl: { pp: [80, 140], 'p-Pb': [80, 140], 'Pb-Pb': [95, 125] },
    meanTPCnclF: { pp: [0.6, 1.2], 'p-Pb': [0.6, 1.2], 'Pb-Pb': [0.5, 1.1] },
    meanMIP: { pp: [30, 60], 'p-Pb': [30, 60], 'Pb-Pb': [35, 70] },
    resolutionMIP: { pp: [0, 0.3], 'p-Pb': [0, 0.3], 'Pb-Pb': [0, 0.15] },
    meanMIPele: { pp: [70, 100], 'p-Pb': [70, 100], 'Pb-Pb': [70, 100] },
    PIDSepPow_comb2: { pp: [0, 20], 'p-Pb': [0, 20], 'Pb-Pb': [0, 20] },
    vertX: { pp: [-0.3, 0.3], 'p-Pb': [-0.3, 0.3], 'Pb-Pb': [-0.3, 0.3] },
    vertY: { pp: [-0.45, 0.45], 'p-Pb': [-0.45, 0.45], 'Pb-Pb': [-0.45, 0.45] },
    vertZ: { pp: [-3, 3], 'p-Pb': [-3, 3], 'Pb-Pb': [-3, 3] },
    meanMult: { pp: [1, 35], 'p-Pb': [5, 200], 'Pb-Pb': [5, 700] },
    tpcItsMatchA: { pp: [0, 1], 'p-Pb': [0, 1], 'Pb-Pb': [0, 1] },
    tpcItsMatchC: { pp: [0, 1], 'p-Pb': [0, 1], 'Pb-Pb': [0, 1] },
    ...Object.fromEntries([0, 1, 2, 3].flatMap((i) => [
      [`dcar[${i}]`, { pp: [-1.2, 1.2], 'p-Pb': [-1.2, 1.2], 'Pb-Pb': [-1, 1] }],
      [`dcaz[${i}]`, { pp: [-1.2, 1.2], 'p-Pb': [-1.2, 1.2], 'Pb-Pb': [-1, 1] }],
    ])),
  };

  it('keeps every tpc value that is not an injected outlier inside the plot range of its collision system', () => {
    const beam = new Map(demo.conditions.map((r) => [r.run, r.beamType]));
    const outliers = new Set(demo.truth.outliers.map((o) => `${o.column}.${o.run}`));
    const columns = treeColumns(demo.tpc);
    const runs = column(columns, 'run');
    let checked = 0;
    for (const [name, byBeam] of Object.entries(ranges)) {
      column(columns, name).forEach((v, i) => {
        const b = beam.get(runs[i]);
        if (!b || Number.isNaN(v) || outliers.has(`${name}.${runs[i]}`)) return;
        expect(v, `${name} run ${runs[i]} (${b})`).toBeGreaterThanOrEqual(byBeam[b][0]);
        expect(v, `${name} run ${runs[i]} (${b})`).toBeLessThanOrEqual(byBeam[b][1]);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(55_000);
  });

  it('has pp periods, one Pb-Pb period LHC18q and one p-Pb period, with multiplicity ordered pp < p-Pb < Pb-Pb', () => {
    const byBeam = (b: Beam) => demo.truth.periods.filter((p) => p.beamType === b).map((p) => p.name);
    expect(byBeam('Pb-Pb')).toEqual(['LHC18q']);
    expect(byBeam('p-Pb')).toHaveLength(1);
    expect(byBeam('pp').length).toBeGreaterThanOrEqual(6);
    const beam = new Map(demo.conditions.map((r) => [r.run, r.beamType]));
    const columns = treeColumns(demo.tpc);
    const mult = (b: Beam) => median(column(columns, 'meanMult').filter((v, i) => beam.get(column(columns, 'run')[i]) === b && !Number.isNaN(v)));
    expect(mult('pp')).toBeLessThan(mult('p-Pb'));
    expect(mult('p-Pb')).toBeLessThan(mult('Pb-Pb'));
  });

  it('numbers runs 285000–298000 increasing with time, with fills of several runs numbered 6600–7500', () => {
    const rows = demo.conditions;
    expect(rows[0].run).toBeGreaterThanOrEqual(285000);
    expect(rows[rows.length - 1].run).toBeLessThan(298000);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i].run).toBeGreaterThan(rows[i - 1].run);
      expect(rows[i].startTime).toBeGreaterThanOrEqual(rows[i - 1].endTime);
    }
    const fills = rows.map((r) => r.fill).filter((f): f is number => f !== null);
    expect(Math.min(...fills)).toBeGreaterThanOrEqual(6600);
    expect(Math.max(...fills)).toBeLessThanOrEqual(7500);
    const perFill = fills.length / new Set(fills).size;
    expect(perFill).toBeGreaterThan(2);
    expect(perFill).toBeLessThan(6);
  });

  it('has start times in 2018, durations of minutes to hours and luminosity growing with duration', () => {
    const rows = demo.conditions;
    const y2018 = [Date.UTC(2018, 0, 1) / 1000, Date.UTC(2019, 0, 1) / 1000];
    for (const r of rows) {
      expect(r.startTime).toBeGreaterThanOrEqual(y2018[0]);
      expect(r.endTime).toBeLessThan(y2018[1]);
      expect(r.duration).toBe(r.endTime - r.startTime);
      expect(r.duration).toBeGreaterThanOrEqual(60);
      expect(r.duration).toBeLessThanOrEqual(12 * 3600);
    }
    const durations = rows.map((r) => r.duration);
    expect(median(durations)).toBeGreaterThan(20 * 60);
    expect(median(durations)).toBeLessThan(2 * 3600);
    const pp = rows.filter((r) => r.beamType === 'pp' && r.lumi !== null);
    const long = pp.filter((r) => r.duration > 3600).map((r) => r.lumi as number);
    const short = pp.filter((r) => r.duration < 1200).map((r) => r.lumi as number);
    expect(median(long)).toBeGreaterThan(2 * median(short));
  });

  it('counts fewer selected events than events, and keeps the evs fractions inside 0…1', () => {
    const columns = treeColumns(demo.evs);
    const events = column(columns, 'nEvents');
    column(columns, 'nEventsSelected').forEach((s, i) => expect(s).toBeLessThanOrEqual(events[i]));
    for (const name of ['fracPhysSel', 'fracPileup']) {
      const values = column(columns, name).filter((v) => !Number.isNaN(v));
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values)).toBeLessThanOrEqual(1);
    }
  });

  it('stores Float_t branches at float32 precision', () => {
    for (const tree of [demo.tpc, demo.evs]) {
      for (const b of tree.branches.filter((x) => x.type === 'Float_t')) {
        const values = Array.from(b.values as ArrayLike<number>);
        expect(values.every((v) => Number.isNaN(v) || Math.fround(v) === v), b.name).toBe(true);
      }
    }
  });
});
