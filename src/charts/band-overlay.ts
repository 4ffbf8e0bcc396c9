import { select } from 'd3';
import type { PlotFrame } from './plot-frame';
import type { BandSegment, QaChartContext } from './qa-context';

/** The lines a band draws: the centre, ±3σ and ±6σ. */
export const BAND_LINES = [
  { k: 0, className: 'band-centre' },
  { k: 3, className: 'band-3' },
  { k: -3, className: 'band-3' },
  { k: 6, className: 'band-6' },
  { k: -6, className: 'band-6' },
] as const;

/** A band line in plot pixels (lines outside the plot's y range are left out). */
export interface BandLine {
  x1: number;
  x2: number;
  y: number;
  className: string;
  label: string;
  k: number;
}

/** The lines of `segments` on a frame's scales: each group's centre and ±3σ/±6σ over its runs' extent. */
export function bandLines(segments: readonly BandSegment[], x: (run: number) => number, y: (value: number) => number, innerHeight: number): BandLine[] {
  return segments.flatMap((s) =>
    BAND_LINES.flatMap(({ k, className }) => {
      const py = y(s.centre + k * s.sigma);
      if (!Number.isFinite(py) || py < 0 || py > innerHeight) return [];
      return [{ x1: x(s.x0), x2: x(s.x1), y: py, className, label: s.label, k }];
    }),
  );
}

/** Draws the QA bands of `column` over a trend's plot (under no pointer: the brush stays usable). */
/** `x` places a run along x (default: the frame's x scale, right when x is the run number). */
export function createBandOverlay(frame: PlotFrame, column: string, qa: QaChartContext, x: (run: number) => number = frame.x): { redraw(): void } {
  const group = select(frame.plot).append('g').attr('class', 'band-overlay').style('pointer-events', 'none');
  let drawn: BandSegment[] | undefined | null = null; // null: not drawn yet
  return {
    redraw() {
      // The same segments as last time (a brush step elsewhere; see QaChartContext.bands) are drawn already.
      const segments = qa.bands(column);
      if (segments === drawn) return;
      drawn = segments;
      const lines = bandLines(segments ?? [], x, frame.y, frame.innerHeight);
      group
        .selectAll('line')
        .data(lines)
        .join('line')
        .attr('class', (d) => d.className)
        .attr('data-k', (d) => d.k)
        .attr('x1', (d) => d.x1)
        .attr('x2', (d) => d.x2)
        .attr('y1', (d) => d.y)
        .attr('y2', (d) => d.y);
    },
  };
}
