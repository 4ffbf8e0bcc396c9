/**
 * The one error the build throws for fatal problems: it keeps what failed
 * (kind), where (file, object), what to do (hint) and the original cause.
 */
export type BuildErrorKind =
  | 'sources-file-missing'
  | 'sources-file-invalid'
  | 'source-file-missing'
  | 'source-file-unreadable'
  | 'source-file-not-regular'
  | 'source-file-too-large'
  | 'key-missing'
  | 'key-not-integer'
  | 'run-from-path'
  | 'pivot-column-missing'
  | 'pivot-too-many-columns'
  | 'column-type-conflict'
  | 'column-name-clash'
  | 'csv-malformed'
  | 'repeated-run-fail'
  | 'value-out-of-range'
  | 'output-not-writable'
  | 'output-unsafe';

export class BuildError extends Error {
  override readonly name = 'BuildError';
  readonly kind: BuildErrorKind;
  readonly file: string;
  readonly object: string;
  readonly hint: string;

  constructor(
    fields: { kind: BuildErrorKind; file: string; object?: string; message: string; hint: string },
    options?: { cause?: unknown },
  ) {
    super(fields.message, options);
    this.kind = fields.kind;
    this.file = fields.file;
    this.object = fields.object ?? '';
    this.hint = fields.hint;
  }
}

/** Type guard for errors thrown by the build. */
export function isBuildError(error: unknown): error is BuildError {
  return error instanceof BuildError;
}
