import type { PeriodPlan } from './periods';
import type { Rng } from './prng';

/** One run of the demo year, before any values are drawn for it. */
export interface PlannedRun {
  run: number;
  /** Index into the period plan. */
  period: number;
  fill: number;
  /** Unix seconds UTC. */
  startTime: number;
  endTime: number;
  /** Position inside its period, 0 (first run) … 1 (last run): drives slow drifts. */
  phase: number;
}

/** Median run duration (s) and the log-normal spread around it. */
const MEDIAN_DURATION = 3000;
const DURATION_SPREAD = 0.7;
const MIN_DURATION = 180;

/**
 * Lays out every period's runs: increasing run numbers inside the period's
 * range, consecutive runs grouped into fills of 1–7 runs, start times spread
 * over the period's dates (short gaps inside a fill, longer between fills) and
 * durations of minutes to hours that never overlap the next run.
 */
export function planRuns(periods: readonly PeriodPlan[], rng: Rng): PlannedRun[] {
  const out: PlannedRun[] = [];
  let fill = 0;
  periods.forEach((p, index) => {
    const numbers = pickSorted(p.firstRun, p.lastRun, p.count, rng);
    const fills = assignFills(p.count, Math.max(fill + 1, p.firstFill), rng);
    const starts = spreadStarts(p.start, p.end, fills, rng);
    for (let i = 0; i < p.count; i++) {
      const next = i + 1 < p.count ? starts[i + 1] : p.end;
      const duration = drawDuration(next - starts[i], rng);
      const phase = p.count > 1 ? i / (p.count - 1) : 0.5;
      out.push({ run: numbers[i], period: index, fill: fills[i], startTime: starts[i], endTime: starts[i] + duration, phase });
    }
    if (p.count > 0) fill = fills[p.count - 1];
  });
  return out;
}

/** `count` distinct integers of [lo, hi] in increasing order, uniformly (selection sampling). */
export function pickSorted(lo: number, hi: number, count: number, rng: Rng): number[] {
  const out: number[] = [];
  let needed = count;
  for (let x = lo; x <= hi && needed > 0; x++) {
    if (rng.float() * (hi - x + 1) < needed) {
      out.push(x);
      needed -= 1;
    }
  }
  return out;
}

/** Fill number of each of `count` consecutive runs: 1–7 runs per fill, fills 1 apart (2 for one in ten: a fill without physics). */
function assignFills(count: number, first: number, rng: Rng): number[] {
  const fills: number[] = [];
  let fill = first;
  let left = rng.int(1, 7);
  for (let i = 0; i < count; i++) {
    if (left === 0) {
      fill += rng.chance(0.1) ? 2 : 1;
      left = rng.int(1, 7);
    }
    fills.push(fill);
    left -= 1;
  }
  return fills;
}

/** Start times inside [start, end): short gaps between runs of one fill, long ones between fills. */
function spreadStarts(start: number, end: number, fills: readonly number[], rng: Rng): number[] {
  const marks: number[] = [];
  let at = rng.uniform(0.2, 1);
  fills.forEach((fill, i) => {
    if (i > 0) at += fill === fills[i - 1] ? rng.uniform(0.6, 1.4) : rng.uniform(3, 8);
    marks.push(at);
  });
  const total = at + rng.uniform(1, 2);
  return marks.map((m) => start + Math.round(((end - start) * m) / total));
}

/** A log-normal duration (s), cut to 90 % of the time until the next run starts. */
function drawDuration(room: number, rng: Rng): number {
  const cap = Math.max(1, Math.floor(0.9 * room));
  const draw = Math.round(MEDIAN_DURATION * Math.exp(DURATION_SPREAD * rng.normal()));
  return Math.min(cap, Math.max(Math.min(MIN_DURATION, cap), draw));
}
