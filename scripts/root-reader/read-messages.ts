/**
 * Every sentence the ROOT reader writes into a RootReadError or a TreeTable,
 * as functions of their context. Tests compare against these functions.
 */

/** How each size-only algorithm is named in the unverified detail. */
const SIZE_ONLY_NAMES: Record<string, string> = { zstd: 'zstd', lzma: 'XZ without CRC32', old: "legacy 'CS'" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One sentence for TreeTable.unverified.detail, from the number of size-only blocks per algorithm. */
export function unverifiedDetail(counts: [algorithm: string, blocks: number][]): string {
  const parts = counts.map(([algorithm, n]) => `${plural(n, 'block')} of ${SIZE_ONLY_NAMES[algorithm] ?? algorithm}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `${list} carried no checksum and could only be checked for size, so a damaged byte that still decompresses to the right size would go unnoticed.`;
}
