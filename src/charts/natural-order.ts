/**
 * Compares two labels in natural order: runs of digits by their number
 * (`LHC10b < LHC10h < LHC11a < LHC17p`, `run9 < run10`), other text by code
 * unit, case-insensitively first; equal numbers with more leading zeros sort
 * after, so the order is total and stable. A pure comparator for Array#sort.
 */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(CHUNK) ?? [];
  const pb = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const order = compareChunks(pa[i], pb[i]);
    if (order !== 0) return order;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

const CHUNK = /\d+|\D+/g;

function compareChunks(x: string, y: string): number {
  const dx = isDigits(x);
  const dy = isDigits(y);
  if (dx && dy) {
    const tx = x.replace(/^0+/, '');
    const ty = y.replace(/^0+/, '');
    if (tx.length !== ty.length) return tx.length - ty.length;
    if (tx !== ty) return tx < ty ? -1 : 1;
    return x.length - y.length;
  }
  // A number sorts before text (`1a` < `a1`).
  if (dx !== dy) return dx ? -1 : 1;
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  if (lx !== ly) return lx < ly ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function isDigits(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}
