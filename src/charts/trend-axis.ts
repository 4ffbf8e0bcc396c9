import { scaleUtc, type ScaleContinuousNumeric } from 'd3';
import type { TrendAxisMode } from '../state/ui-store';
import { paddedRange } from './padded-range';
import { scalePixels } from './scale-pixels';

export { paddedRange };

/**
 * Where a trend chart puts each run along x, in one of three modes (the
 * clause stays a run range in every mode; the mode is presentation only):
 * `run` — at its run number; `ordinal` — at its place in run order (0, 1, …,
 * evenly spaced; ticks read run numbers); `time` — at its start time (unix
 * seconds), and with an end column as a segment from start to end.
 */
export interface TrendAxis {
  mode: TrendAxisMode;
  /** Axis value of each row (NaN: not placed, e.g. a missing start time). */
  positions: Float64Array;
  /** Axis value of each row's end (time with an end column; NaN where missing), else undefined. */
  ends?: Float64Array;
  /** Axis value of each row's mark centre: its position, or the middle of its segment. */
  centres: Float64Array;
  /** Padded extent of the positions (and ends). */
  domain: [number, number];
  /** Axis label under the plot. */
  label: string;
  /** Tick values (axis units) and their texts for a scale over `domain`. */
  ticks(scale: ScaleContinuousNumeric<number, number>, count: number): { values: number[]; format: (value: number) => string };
}

/** Columns a trend axis may be built from; rows in run order (as the typed table holds them). */
export interface TrendAxisColumns {
  run: Float64Array;
  /** Start time of each run, unix seconds (NaN: missing). */
  time?: Float64Array;
  /** End time of each run, unix seconds (NaN: missing). */
  timeEnd?: Float64Array;
}

/** The axis of `mode` over `columns`; `time` without a time column falls back to `run`. */
export function trendAxis(mode: TrendAxisMode, columns: TrendAxisColumns): TrendAxis {
  const { run } = columns;
  if (mode === 'ordinal') {
    const positions = Float64Array.from(run, (_, i) => i);
    return { mode, positions, centres: positions, domain: paddedRange(positions), label: 'run (in run order)', ticks: (scale, count) => ordinalTicks(scale, count, run) };
  }
  if (mode === 'time' && columns.time) {
    const positions = columns.time;
    const ends = columns.timeEnd;
    const domain = paddedRange(ends ? concat(positions, ends) : positions);
    const centres = ends ? positions.map((p, i) => (Number.isFinite(ends[i]) ? (p + ends[i]) / 2 : p)) : positions;
    return { mode, positions, ends, centres, domain, label: 'start time (UTC)', ticks: timeTicks };
  }
  return { mode: 'run', positions: run, centres: run, domain: paddedRange(run), label: 'run', ticks: (scale, count) => ({ values: scale.ticks(count).filter(Number.isInteger), format: String }) };
}

/** What a trend is drawn against in `mode`, for its subtitle (`… vs run order`). */
export function axisModeWords(mode: TrendAxisMode): string {
  return mode === 'ordinal' ? 'run order' : mode === 'time' ? 'time' : 'run';
}

/** A trend's subtitle: its variable's label against the axis of `mode`. */
export function trendSubtitle(yLabel: string, mode: TrendAxisMode): string {
  return `${yLabel} vs ${axisModeWords(mode)}`;
}

/** The modes a chart can offer: `time` only when it names a time column. */
export function axisModesOf(hasTime: boolean): TrendAxisMode[] {
  return hasTime ? ['run', 'ordinal', 'time'] : ['run', 'ordinal'];
}

/** Centre of each row's mark in pixels along x (NaN: not placed), whatever its y. */
export function markCentres(axis: TrendAxis, x: ScaleContinuousNumeric<number, number>): Float64Array {
  const pixels = scalePixels(x, undefined, axis.centres);
  for (let i = 0; i < pixels.length; i++) if (!Number.isFinite(axis.centres[i])) pixels[i] = NaN;
  return pixels;
}

/** Ticks at whole places in run order, labelled with those runs' numbers. */
function ordinalTicks(scale: ScaleContinuousNumeric<number, number>, count: number, run: Float64Array) {
  const values = scale.ticks(count).filter((v) => Number.isInteger(v) && v >= 0 && v < run.length);
  return { values, format: (value: number) => String(run[value]) };
}

/** Calendar ticks (UTC) over a domain in unix seconds. */
function timeTicks(scale: ScaleContinuousNumeric<number, number>, count: number) {
  const [lo, hi] = scale.domain();
  const utc = scaleUtc().domain([new Date(lo * 1000), new Date(hi * 1000)]);
  const format = utc.tickFormat(count);
  return { values: utc.ticks(count).map((date) => date.getTime() / 1000), format: (value: number) => format(new Date(value * 1000)) };
}


function concat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
