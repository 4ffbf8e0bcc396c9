/**
 * Thrown by the histogram extraction for a request it cannot honour at all (no
 * paths, an invalid run pattern, an unreadable list of expected runs). Problems
 * with single files or histograms are never thrown: they are report entries.
 */
export class HistogramExtractError extends Error {
  override readonly name = 'HistogramExtractError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
