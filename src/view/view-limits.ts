/**
 * Caps on a view file, which is untrusted input (it comes by pull request or
 * from a URL in a test): checked before the file is parsed or drawn.
 */
export const VIEW_LIMITS = {
  /** Bytes of a view file's text (views are a few kB; layouts and rules stay far below this). */
  maxBytes: 256 * 1024,
  /** Levels of `[` and `{` nesting (a view needs about 6). */
  maxDepth: 32,
  /** Charts in one view (40 charts draw in well under a second; 500 took 30 s). */
  maxCharts: 40,
  /** Problems listed per file; the rest are counted. */
  maxProblems: 100,
} as const;

/** The `$schema` value every view file carries (views/view.schema.json, beside the views). */
export const VIEW_SCHEMA_REF = './view.schema.json';
