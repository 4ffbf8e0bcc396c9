import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../scripts/demo/generate-demo';
import { QA_HISTOGRAMS, qaHistograms, qaTracks } from '../../../scripts/demo/qa-histograms';
import { runValues, type RunValues } from '../../../scripts/demo/qa-run-values';

const demo = generateDemo({ seed: 11, runs: 400 });
const complete = runValues(demo).find((v) => v.tpc && v.evs && [...v.tpc.values(), ...v.evs.values()].every((x) => !Number.isNaN(x)))!;

describe('qaTracks', () => {
  it('takes a 20th of the tracks the QA used, within 2,000 … 50,000', () => {
    expect([qaTracks(0), qaTracks(100_000), qaTracks(400_000), qaTracks(5e7)]).toEqual([2000, 5000, 20_000, 50_000]);
  });
});

describe('qaHistograms', () => {
  it('gives a complete run every QA histogram, in the order and with the classes QA_HISTOGRAMS lists', () => {
    expect(qaHistograms(complete, 11).map((h) => [h.path, h.type])).toEqual(QA_HISTOGRAMS.map((h) => [h.path, h.type]));
    expect(QA_HISTOGRAMS).toHaveLength(14);
  });

  it('is the same for the same seed and run, different for another seed', () => {
    expect(qaHistograms(complete, 11)).toEqual(qaHistograms(complete, 11));
    expect(qaHistograms(complete, 12)).not.toEqual(qaHistograms(complete, 11));
  });

  it.each(QA_HISTOGRAMS.flatMap((h) => h.follows.map((column) => [column, h.source] as const)).filter((c, i, all) => all.findIndex((d) => d[0] === c[0]) === i))(
    'leaves out exactly the histograms that follow %s when it is missing',
    (column, source) => {
      const blanked: RunValues = { ...complete, [source]: new Map([...complete[source]!, [column, NaN]]) };
      const left = qaHistograms(blanked, 11).map((h) => h.path);
      expect(left).toEqual(QA_HISTOGRAMS.filter((h) => !(h.source === source && h.follows.includes(column))).map((h) => h.path));
    },
  );

  it('leaves EVS/ out for a run missing from the evs tree', () => {
    const paths = qaHistograms({ ...complete, evs: undefined }, 11).map((h) => h.path);
    expect(paths.some((p) => p.startsWith('EVS/'))).toBe(false);
    expect(paths).toHaveLength(12);
  });
});
