/**
 * Problems with an expression, as values (never thrown): what kind, where in
 * the source ([start, end) offsets), the message, and for unknown names the
 * closest known ones. `caretLine` renders the position under the source.
 */

export type ExprErrorKind =
  /** The text does not follow the grammar. */
  | 'syntax'
  /** Longer than MAX_SOURCE_LENGTH characters. */
  | 'too-long'
  /** Nested deeper than MAX_DEPTH levels. */
  | 'too-deep'
  | 'unknown-column'
  | 'unknown-function'
  /** A function called with the wrong number of arguments. */
  | 'arity'
  /** An operand of the wrong type: a number where a condition is needed, text outside a comparison… */
  | 'type'
  /** Aliases: a name defined twice, empty, or equal to a data column. */
  | 'alias-name'
  /** Aliases: the alias depends on itself; `path` lists the cycle. */
  | 'cycle'
  /** Aliases: the alias uses another alias that has an error. */
  | 'alias-failed'
  /** Evaluation: a column the expression reads was not loaded into the table (a caller bug). */
  | 'unread-column'
  /** Evaluation warning: a string compared with a text column is none of its values. */
  | 'unknown-value';

export interface ExprError {
  kind: ExprErrorKind;
  message: string;
  /** The expression's text, so the error can be shown on its own. */
  source: string;
  start: number;
  end: number;
  /** Closest known names (unknown column, function or value), best first. */
  suggestions?: string[];
  /** The alias whose expression this is, for errors of derived variables. */
  alias?: string;
  /** For 'cycle': the aliases around the cycle, first repeated at the end (`a → b → a`). */
  path?: string[];
}

/** An ExprError with its fields in one call. */
export function exprError(kind: ExprErrorKind, message: string, source: string, start: number, end: number, extra: Partial<ExprError> = {}): ExprError {
  const s = Math.max(0, Math.min(start, source.length));
  return { kind, message, source, start: s, end: Math.max(s, Math.min(end, source.length)), ...extra };
}

/**
 * Two lines: the source line holding the error's start, and carets under
 * [start, end) (one caret at least, e.g. at the end of the text for
 * "expected an operand"). Tabs in the line are kept in the padding so the
 * carets line up in a terminal; a span running past the line stops at its end.
 */
export function caretLine(error: Pick<ExprError, 'source' | 'start' | 'end'>): string {
  const { source } = error;
  const lineStart = source.lastIndexOf('\n', error.start - 1) + 1;
  const newline = source.indexOf('\n', error.start);
  const rawEnd = newline === -1 ? source.length : newline;
  const lineEnd = source[rawEnd - 1] === '\r' ? rawEnd - 1 : rawEnd;
  const line = source.slice(lineStart, lineEnd);
  const pad = source.slice(lineStart, error.start).replace(/[^\t]/g, ' ');
  const width = Math.max(1, Math.min(error.end, lineEnd) - error.start);
  return `${line}\n${pad}${'^'.repeat(width)}`;
}

/** The message, then the caret lines: what a text field or a terminal shows. */
export function formatExprError(error: ExprError): string {
  const prefix = error.alias === undefined ? '' : `${error.alias}: `;
  return `${prefix}${error.message}\n${caretLine(error)}`;
}
