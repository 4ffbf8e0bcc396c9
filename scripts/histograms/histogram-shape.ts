/** What jsroot gave for a histogram record, as far as the shape check looks at it. */
interface HistogramLike {
  fNcells?: unknown;
  fArray?: { length: number };
  fXaxis?: { fNbins?: unknown };
  fYaxis?: { fNbins?: unknown };
  fBinEntries?: { length: number };
}

const bins = (axis: { fNbins?: unknown } | undefined) => (typeof axis?.fNbins === 'number' ? axis.fNbins : undefined);

/**
 * Why a histogram jsroot returned is incomplete, or undefined when it is
 * whole: jsroot does not throw on a record it cannot decode (an unknown
 * class version, a wrong byte count), it warns and returns what it got.
 * The cells must exist and agree with the axes: fNcells = (nx + 2)(ny + 2)
 * for TH2 classes, nx + 2 otherwise; fArray (and a TProfile's fBinEntries)
 * hold fNcells values.
 */
export function histogramShapeProblem(className: string, object: unknown): string | undefined {
  const h = object as HistogramLike;
  const nx = bins(h.fXaxis);
  const ny = className.startsWith('TH2') || className === 'TProfile2D' ? bins(h.fYaxis) : 0;
  if (typeof h.fNcells !== 'number' || nx === undefined || ny === undefined) return 'its cells or axes are missing';
  const expected = (nx + 2) * (ny === 0 ? 1 : ny + 2);
  if (h.fNcells !== expected) return `it has ${h.fNcells} cells for axes of ${nx}${ny ? ` × ${ny}` : ''} bins`;
  if (h.fArray?.length !== h.fNcells) return `it holds ${h.fArray?.length ?? 0} cell values for ${h.fNcells} cells`;
  if (className.startsWith('TProfile') && h.fBinEntries?.length !== h.fNcells) return `it holds ${h.fBinEntries?.length ?? 0} bin entries for ${h.fNcells} cells`;
  return undefined;
}
