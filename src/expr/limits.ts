/** Longest expression the parser reads, in characters: longer text is a 'too-long' error, not a slow parse. */
export const MAX_SOURCE_LENGTH = 10_000;

/**
 * Deepest nesting the parser builds: parentheses, calls, unary operators and
 * ?: each add a level, and so does each operator of a chain (`a + b + c` is
 * two levels). Deeper input is a 'too-deep' error, so no later walk over the
 * tree can overflow the stack.
 */
export const MAX_DEPTH = 256;
