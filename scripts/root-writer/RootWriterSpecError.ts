/** Where in the write request a problem was found. */
export interface SpecErrorContext {
  tree?: string;
  branch?: string;
  option?: string;
  /** Path of a histogram inside the file. */
  histogram?: string;
}

/**
 * Thrown by `writeRootFile` for a request it cannot honour (a programmer error:
 * bad names, wrong value counts, out-of-range integers). Keeps the location.
 */
export class RootWriterSpecError extends Error {
  override readonly name = 'RootWriterSpecError';
  constructor(message: string, readonly context: SpecErrorContext) {
    super(message);
  }
}
