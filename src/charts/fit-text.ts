/** Appended to a label cut to fit its room. */
export const ELLIPSIS = '…';

/** Labels longer than this many code points are cut before measuring (no axis holds more). */
export const MEASURE_CAP = 600;

/**
 * The longest start of `text` that, with `…` appended, `measure` finds no
 * wider than `maxWidth` pixels; `text` itself when it fits, `…` alone when
 * nothing else does. Cuts between code points, never inside a surrogate pair.
 * `measure` gives a text's width in pixels (in the page, the SVG text's own
 * computed length); it is called O(log length) times.
 */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  const points = Array.from(text);
  if (points.length <= MEASURE_CAP && measure(text) <= maxWidth) return text;
  let lo = 0;
  let hi = Math.min(points.length, MEASURE_CAP);
  // Invariant: a start of `lo` code points fits; one of `hi + 1` does not.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(points.slice(0, mid).join('') + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return points.slice(0, lo).join('') + ELLIPSIS;
}

/** fitText, or one that remembers its answers for one kind of label (one font) and can tell which it knows. */
export type FitMemo = ((text: string, maxWidth: number, measure: (text: string) => number) => string) & {
  known?(text: string, maxWidth: number): string | undefined;
};

/**
 * fitText with its answers kept per (text, width), so a label redrawn with
 * the same text in the same room is not measured again: measuring an SVG
 * text forces the page's layout, which in a redraw after DOM writes costs
 * a layout per label. One memo per chart (its labels share a font); it
 * forgets everything once it holds `limit` answers.
 */
export function memoFitText(limit = 4096): FitMemo {
  const answers = new Map<string, string>();
  const keyOf = (text: string, maxWidth: number) => `${maxWidth}\u0000${text}`;
  const fit: FitMemo = (text, maxWidth, measure) => {
    const key = keyOf(text, maxWidth);
    const known = answers.get(key);
    if (known !== undefined) return known;
    if (answers.size >= limit) answers.clear();
    const fitted = fitText(text, maxWidth, measure);
    answers.set(key, fitted);
    return fitted;
  };
  fit.known = (text, maxWidth) => answers.get(keyOf(text, maxWidth));
  return fit;
}
