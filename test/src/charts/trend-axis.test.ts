import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { axisModesOf, markCentres, paddedRange, trendAxis, trendSubtitle } from '../../../src/charts/trend-axis';

const run = Float64Array.of(285002, 285010, 285011, 285400);
const time = Float64Array.of(1524876620, 1524881930, NaN, 1525012662);
const timeEnd = Float64Array.of(1524879723, NaN, 1524890000, 1525020807);

describe('trendAxis', () => {
  it('run: positions are the run numbers, ticks whole run numbers', () => {
    const axis = trendAxis('run', { run });
    expect([...axis.positions]).toEqual([...run]);
    expect(axis.domain).toEqual(paddedRange(run));
    const { values, format } = axis.ticks(scaleLinear().domain(axis.domain), 6);
    expect(values.every(Number.isInteger)).toBe(true);
    expect(format(285100)).toBe('285100');
  });

  it('ordinal: runs at 0, 1, 2, … in run order; ticks at whole places read those runs’ numbers', () => {
    const axis = trendAxis('ordinal', { run });
    expect([...axis.positions]).toEqual([0, 1, 2, 3]);
    const { values, format } = axis.ticks(scaleLinear().domain(axis.domain), 10);
    expect(values).toEqual([0, 1, 2, 3]);
    expect(values.map(format)).toEqual(['285002', '285010', '285011', '285400']);
  });

  it('time: positions are start times, centres the middle of start–end where the end is known', () => {
    const axis = trendAxis('time', { run, time, timeEnd });
    expect(axis.mode).toBe('time');
    expect([...axis.positions]).toEqual([...time]);
    expect([...axis.centres]).toEqual([(1524876620 + 1524879723) / 2, 1524881930, NaN, (1525012662 + 1525020807) / 2]);
    expect(axis.domain).toEqual(paddedRange([1524876620, 1525020807]));
    const { values, format } = axis.ticks(scaleLinear().domain(axis.domain), 6);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v >= axis.domain[0] && v <= axis.domain[1])).toBe(true);
    expect(format(Date.UTC(2018, 3, 29) / 1000)).toBe('Apr 29');
  });

  it('time without a time column falls back to run', () => {
    expect(trendAxis('time', { run }).mode).toBe('run');
  });

  it('markCentres: pixels of the centres, NaN where a run is not placed', () => {
    const axis = trendAxis('time', { run, time });
    const x = scaleLinear().domain([1524876620, 1525012662]).range([0, 100]);
    expect([...markCentres(axis, x)].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, Math.round(x(1524881930) * 1e6) / 1e6, NaN, 100]);
  });

  it('axisModesOf offers time only with a time column', () => {
    expect(axisModesOf(false)).toEqual(['run', 'ordinal']);
    expect(axisModesOf(true)).toEqual(['run', 'ordinal', 'time']);
  });
});

describe('trendSubtitle', () => {
  it('names what the trend is drawn against in each mode', () => {
    expect(trendSubtitle('v [cm]', 'run')).toBe('v [cm] vs run');
    expect(trendSubtitle('v [cm]', 'ordinal')).toBe('v [cm] vs run order');
    expect(trendSubtitle('v [cm]', 'time')).toBe('v [cm] vs time');
  });
});
