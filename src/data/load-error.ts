/** What the loader could not do, kept with the file it concerns and the cause. */
export type LoadErrorKind =
  | 'http'
  | 'network'
  | 'stalled'
  | 'manifest'
  /** The file's size or sha256 is not the manifest's. */
  | 'mismatch'
  /** Not an SQLite database, or a damaged one. */
  | 'sqlite'
  /** An SQLite database, but not what the manifest describes (tables, columns, runs). */
  | 'contents'
  | 'wasm';

/** Fatal loading problem: the dashboard cannot be drawn without this file. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LoadError';
  }
}

/** Short text of any thrown value. */
export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
