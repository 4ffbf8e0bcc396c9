/** How many characters of input text a message echoes at most. */
export const ECHO_LIMIT = 200;

/**
 * Input text as a message may echo it: control characters (NUL, escape
 * sequences, line breaks…) written as `\\u….`, and at most `limit` characters
 * followed by how many were left out, so a mistaken file's first line or a
 * 50 MB cell never lands whole in a terminal or CI log.
 */
export function clip(text: string, limit = ECHO_LIMIT): string {
  const head = text.length > limit ? text.slice(0, limit) : text;
  // eslint-disable-next-line no-control-regex
  const safe = head.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > limit ? `${safe}… (${text.length - limit} more characters)` : safe;
}
