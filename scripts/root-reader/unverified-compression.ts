import { readMessages } from './read-messages.js';

/** Compressed blocks of what was read that no checksum verified (TreeTable.unverified). */
export interface UnverifiedCompression {
  /** The algorithms concerned, e.g. 'zstd' or 'zstd, lzma'. */
  compression: string;
  /** One sentence for a maintainer. */
  detail: string;
}

/**
 * Summarises the algorithms of the blocks checked for size only (one entry
 * per block, as RecordPayload.sizeOnly lists them); undefined when there are none.
 */
export function toUnverified(sizeOnly: readonly string[]): UnverifiedCompression | undefined {
  if (sizeOnly.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const algorithm of sizeOnly) counts.set(algorithm, (counts.get(algorithm) ?? 0) + 1);
  const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { compression: sorted.map(([algorithm]) => algorithm).join(', '), detail: readMessages.unverified(sorted) };
}
