const ALGORITHMS: Record<number, string> = {
  0: 'zlib', // "global default": zlib for every ROOT version that wrote such files
  1: 'zlib',
  2: 'lzma',
  3: 'old',
  4: 'lz4',
  5: 'zstd',
};

/**
 * Names a ROOT compression setting (`fCompress` = 100·algorithm + level):
 * 104 → 'zlib-4', 404 → 'lz4-4', 0 or 100 → 'none'.
 */
export function compressionName(fCompress: number): string {
  const algorithm = Math.floor(fCompress / 100);
  const level = fCompress % 100;
  if (level === 0) return 'none';
  return `${ALGORITHMS[algorithm] ?? `algorithm${algorithm}`}-${level}`;
}
