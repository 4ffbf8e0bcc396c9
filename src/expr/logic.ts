/**
 * Three-valued logic, as SQL's (Kleene's): a condition is true, false or no
 * data. Stored one byte per run (Uint8Array) with these codes.
 *
 *   !NO_DATA = NO_DATA
 *   false && x = false     true && NO_DATA = NO_DATA
 *   true  || x = true      false || NO_DATA = NO_DATA
 *
 * So a definite answer survives a missing operand only when the missing value
 * could not change it; anything else about a missing value is NO_DATA, which a
 * rule never reads as "good".
 */
export const FALSE = 0;
export const TRUE = 1;
export const NO_DATA = 2;
export type Logic = typeof FALSE | typeof TRUE | typeof NO_DATA;

// Tables indexed by a * 3 + b.
const AND_TABLE = Uint8Array.of(0, 0, 0, 0, 1, 2, 0, 2, 2);
const OR_TABLE = Uint8Array.of(0, 1, 2, 1, 1, 1, 2, 1, 2);
const NOT_TABLE = Uint8Array.of(1, 0, 2);

export function and(a: number, b: number): Logic {
  return AND_TABLE[a * 3 + b] as Logic;
}

export function or(a: number, b: number): Logic {
  return OR_TABLE[a * 3 + b] as Logic;
}

export function not(a: number): Logic {
  return NOT_TABLE[a] as Logic;
}

/** Element-wise and/or over logic codes (arrays of one length, or a scalar code). */
export function logicVector(fn: '&&' | '||', a: Uint8Array | number, b: Uint8Array | number, n: number): Uint8Array {
  const table = fn === '&&' ? AND_TABLE : OR_TABLE;
  const out = new Uint8Array(n);
  if (typeof a === 'number' && typeof b === 'number') return out.fill(table[a * 3 + b]);
  if (typeof a === 'number') for (let i = 0; i < n; i++) out[i] = table[a * 3 + (b as Uint8Array)[i]];
  else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = table[a[i] * 3 + b];
  else for (let i = 0; i < n; i++) out[i] = table[a[i] * 3 + b[i]];
  return out;
}

export function notVector(a: Uint8Array | number, n: number): Uint8Array | number {
  if (typeof a === 'number') return NOT_TABLE[a];
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = NOT_TABLE[a[i]];
  return out;
}

/** "true", "false" or "no data". */
export function logicText(value: number): string {
  return value === TRUE ? 'true' : value === FALSE ? 'false' : 'no data';
}
