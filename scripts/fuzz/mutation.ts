import type { Random } from './random';

/** One damage done to a file, as plain data (sent to workers, printed for replay). */
export type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'truncate'; length: number }
  | { kind: 'zero'; at: number; length: number };

/** The longest run of bytes a 'zero' mutation clears. */
export const MAX_ZEROED = 256;

/** A random mutation of a file of `size` bytes: 60 % byte flips, 20 % truncations, 20 % zeroed ranges. */
export function randomMutation(size: number, random: Random): Mutation {
  const roll = random.next();
  if (roll < 0.6) return { kind: 'flip', at: random.below(size), mask: 1 + random.below(255) };
  if (roll < 0.8) return { kind: 'truncate', length: random.below(size) };
  const at = random.below(size);
  return { kind: 'zero', at, length: Math.min(1 + random.below(MAX_ZEROED), size - at) };
}

/** A damaged copy of `bytes`; the original is left as it is. */
export function applyMutation(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  if (mutation.kind === 'truncate') return bytes.slice(0, mutation.length);
  const copy = bytes.slice();
  if (mutation.kind === 'flip') copy[mutation.at] ^= mutation.mask;
  else copy.fill(0, mutation.at, mutation.at + mutation.length);
  return copy;
}

/** `flip byte 1234 ^ 0x5a`, `truncate to 800 bytes`, `zero 16 bytes from 900`. */
export function describeMutation(mutation: Mutation): string {
  if (mutation.kind === 'flip') return `flip byte ${mutation.at} ^ 0x${mutation.mask.toString(16).padStart(2, '0')}`;
  if (mutation.kind === 'truncate') return `truncate to ${mutation.length} bytes`;
  return `zero ${mutation.length} bytes from ${mutation.at}`;
}
