import { DEFAULT_ROBUST_K, type AxisScale } from '../robust-domain';

/*
 * Range and scale keys shared by the kinds drawing a value axis (trend,
 * scatter): one place for their doc comments, which become schema text.
 */

/**
 * A fixed axis range `[lo, hi]` (lo < hi). Default: the robust range of the
 * values (see `robustK`); values outside are drawn as markers on the edge and
 * counted under the chart.
 * @minItems 2
 * @maxItems 2
 */
export type AxisDomain = [number, number];

/**
 * Width of the default axis range in robust σ on each side of the median
 * (σ = 1.4826 · MAD). Default 6.
 * @exclusiveMinimum 0
 */
export type RobustK = number;

/** What a value axis needs once defaults are filled in. */
export interface ValueAxisSpec {
  domain?: [number, number];
  k: number;
  scale: AxisScale;
}

/** The value axis of a chart naming no range or scale: robust range, k = 6, linear. */
export const DEFAULT_VALUE_AXIS: ValueAxisSpec = Object.freeze({ k: DEFAULT_ROBUST_K, scale: 'linear' as const });

/** A value axis from a chart file's keys, defaults filled in. */
export function toValueAxis(domain: AxisDomain | undefined, k: RobustK | undefined, scale: AxisScale | undefined): ValueAxisSpec {
  return { ...(domain ? { domain: [domain[0], domain[1]] as [number, number] } : {}), k: k ?? DEFAULT_ROBUST_K, scale: scale ?? 'linear' };
}
