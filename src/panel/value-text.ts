/** A value of one run as the database gives it: a number, a text (64-bit integers read as text stay exact), or null when missing. */
export type RunValue = number | string | null;

/** How a missing value reads; drawn with class MISSING_VALUE_CLASS so no text can look the same. */
export const MISSING_VALUE_TEXT = 'missing';

/** Class of a missing value where it is shown (tooltip line, panel cell). */
export const MISSING_VALUE_CLASS = 'value-missing';

/** True for null and NaN (zero is a value). */
export function isMissingValue(value: RunValue): boolean {
  return value === null || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * A value written out exactly: integers as integers, reals in the shortest
 * form that reads back to the same double (as runlens.csv writes them, so
 * `Number(text)` equals the CSV cell parsed), texts as they are, and
 * `missing` for null or NaN.
 */
export function valueText(value: RunValue): string {
  if (isMissingValue(value)) return MISSING_VALUE_TEXT;
  return String(value);
}
