/**
 * What the QA side (flag rules, statuses) offers charts, as an optional part
 * of ChartContext: charts work without it. Recomputed statuses and bands
 * reach the charts through their ordinary redraw.
 */
export interface QaChartContext {
  /** How to colour points by run status: packed colours by rank, and each row's rank (higher wins a shared pixel). */
  paint(): PointPaint;
  /** The reference bands a rule draws on `column` (a column or alias), when one bands it: the same list until the band changes. */
  bands(column: string): BandSegment[] | undefined;
}

/** Point colours: `colours[rankOf(row)]` (packed RGBA, see point-layer's packColour) for each selected point. */
export interface PointPaint {
  colours: Uint32Array;
  rankOf(row: number): number;
  /** The same value (e.g. the status array) for as long as rankOf gives the same ranks. */
  key: unknown;
}

/** One reference group's band over the runs it applies to: x0–x1 in run numbers, centre and σ in the variable's units. */
export interface BandSegment {
  x0: number;
  x1: number;
  centre: number;
  sigma: number;
  label: string;
}
