/** What went wrong when a ROOT file or tree could not be read at all. */
export type RootReadErrorKind =
  | 'missing-file'
  | 'unreadable'
  | 'not-root'
  | 'truncated'
  | 'corrupt'
  | 'unsupported'
  | 'missing-tree'
  | 'not-a-tree';

/** Context of a fatal read error: the file, the object inside it and what to do. */
export interface RootReadErrorInit {
  kind: RootReadErrorKind;
  file: string;
  /** Object inside the file ('' for the file itself): tree path, branch, basket. */
  object: string;
  /** What went wrong, in one sentence. */
  message: string;
  /** What the user can do about it. */
  hint: string;
  cause?: unknown;
}

/**
 * A file or tree the reader refuses as a whole. Expected problems with single
 * branches are not errors: they come back as `Refusal`s in the `TreeTable`.
 */
export class RootReadError extends Error {
  readonly kind: RootReadErrorKind;
  readonly file: string;
  readonly object: string;
  readonly hint: string;

  constructor(init: RootReadErrorInit) {
    const where = init.object ? `${init.file}: ${init.object}` : init.file;
    super(`${where}: ${init.message} ${init.hint}`, { cause: init.cause });
    this.name = 'RootReadError';
    this.kind = init.kind;
    this.file = init.file;
    this.object = init.object;
    this.hint = init.hint;
  }
}

/** Type guard for errors thrown by the reader. */
export function isRootReadError(error: unknown): error is RootReadError {
  return error instanceof RootReadError;
}
