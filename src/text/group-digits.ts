/**
 * A whole number with its digits grouped by commas, exactly as
 * `n.toLocaleString('en-US')` writes it (`1234567` → `1,234,567`; `-0`,
 * `∞` and `NaN` too). For counts and sizes, never fractions (a RangeError).
 * Written by hand because a page's first toLocaleString call loads the ICU
 * locale data, 20–30 ms of opening the page in this project's Chromium.
 */
export function groupDigits(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  if (!Number.isInteger(n)) throw new RangeError(`groupDigits: ${n} is not a whole number`);
  const digits = plainDigits(Math.abs(n));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return (n < 0 || Object.is(n, -0) ? '-' : '') + groups.join(',');
}

/** The decimal digits of a whole number ≥ 0: its shortest round-trip digits, then zeros (as toLocaleString writes 1e21 and up). */
function plainDigits(n: number): string {
  const text = String(n);
  const exponent = text.indexOf('e+');
  if (exponent < 0) return text;
  const mantissa = text.slice(0, exponent).replace('.', '');
  return mantissa + '0'.repeat(Number(text.slice(exponent + 2)) + 1 - mantissa.length);
}
