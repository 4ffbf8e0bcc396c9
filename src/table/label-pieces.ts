/**
 * `text` cut after each `.`, `_`, `/`, `:` and before each `[`, the places a
 * column name such as `tpc.PIDSepPow_comb2` or `tpc.dcar[0]` reads best
 * broken at; a header puts a line-break opportunity (<wbr>) between the
 * pieces. Joined, the pieces are `text`. Runs of separators stay together.
 */
export function labelPieces(text: string): string[] {
  return text.split(/(?<=[._/:])(?![._/:])|(?=\[)(?<!^)/u).filter((piece) => piece !== '');
}
