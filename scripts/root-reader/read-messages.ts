/**
 * Every sentence the ROOT reader writes into a RootReadError (message and
 * hint), a damaged-record detail or a TreeTable, as functions of their
 * context. Tests compare against these functions, never against copied text.
 */

/** How each size-only algorithm is named in the unverified detail. */
const SIZE_ONLY_NAMES: Record<string, string> = { zstd: 'zstd', lzma: 'XZ without CRC32', old: "legacy 'CS'" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the user can do, ending each RootReadError message. */
export const readHints = {
  checkRootPath: () => 'Check that the path points at a ROOT file.',
  checkSourcePath: () => 'Check the path in the source configuration.',
  checkReadable: () => 'Check that it is a readable file, not a folder.',
  copyAgain: () => 'Copy the file again from its source; its bytes differ from what ROOT wrote.',
  copyAgainTruncated: () => 'Copy the file again from its source; a partial download or an interrupted write cannot be read.',
  resave: () => 'Files without streamer infos or written by very old ROOT versions are not supported; re-save it with a recent ROOT.',
  checkTreePath: () => 'Check the tree path in the source configuration (directories separated by "/").',
  report: () => 'Report this file to the RunLens maintainers.',
} as const;

/** What went wrong, one sentence each (RootReadError.message before the hint, or a detail inside one). */
export const readMessages = {
  notRoot: () => 'does not start with the ROOT magic "root".',
  missingFile: () => 'no such file.',
  unreadableFile: (reason: string) => `cannot be read (${reason}).`,
  truncated: (needed: number, actual: number) => `the file is truncated: it needs at least ${needed} bytes but has ${actual}.`,
  jsrootCannotOpen: (detail: string) => `jsroot cannot open it (${detail}).`,
  jsrootFailed: (detail: string) => `jsroot failed: ${detail}.`,
  jsrootCannotRead: (detail: string) => `jsroot cannot read it (${detail}): the data differs from what ROOT wrote.`,
  jsrootLost: (detail: string) => `jsroot stopped while decoding the baskets (${detail}): the data differs from what ROOT wrote.`,
  noObject: (name: string, where: string, holds: string) => `no object '${name}' in ${where}, which holds ${holds}.`,
  emptyTreePath: () => 'the tree path is empty.',
  notATree: (name: string, where: string, className: string) => `'${name}' in ${where} is a ${className}, not a TTree.`,
  notADirectory: (name: string, where: string, className: string) => `'${name}' in ${where} is a ${className}, not a directory.`,
  damagedRecord: (seek: number, detail: string) => `record at byte ${seek} is damaged: ${detail}.`,
  basketEntries: (held: number, said: number) => `the basket holds ${held} entries, the branch says ${said}.`,
  branchEntries: (stored: number, treeEntries: number) => `its baskets hold ${stored} entries, the tree has ${treeEntries}.`,
  damagedText: (detail: string) => `its char* entries do not fit the basket: ${detail}.`,
  // Details of a damaged record (inside damagedRecord).
  keyOutside: () => 'its key does not fit inside the record',
  keyBytes: (key: number, pointer: number) => `its key says ${key} bytes, the pointer to it says ${pointer}`,
  keyLengths: (keylen: number, objlen: number, nbytes: number) => `key length ${keylen} and object length ${objlen} do not fit ${nbytes} bytes`,
  // Details of a damaged compressed block (inside damagedRecord).
  blockHeaderPastEnd: (at: number) => `block header at byte ${at} runs past the end of the record`,
  unknownBlockTag: (tag: string, at: number) => `unknown compression block tag "${tag}" at byte ${at}`,
  blockPastRecord: (algorithm: string, at: number, compressed: number) =>
    `${algorithm} block at byte ${at} claims ${compressed} bytes but the record ends first`,
  blockProblem: (algorithm: string, at: number, detail: string) => `${algorithm} block at byte ${at}: ${detail}`,
  blockSize: (algorithm: string, at: number, got: number, expected: number) =>
    `${algorithm} block at byte ${at} decompressed to ${got} bytes, header says ${expected}`,
  blocksTotal: (filled: number, objlen: number) => `blocks hold ${filled} bytes, the key says ${objlen}`,
  zlibDamaged: (reason: string) => `zlib stream is damaged (${reason})`,
  decompressFailed: (reason: string) => `decompression failed (${reason})`,
  sizeDiffers: (expected: number) => `decompressed size differs from the ${expected} bytes the block header promises`,
  checksumTooShort: () => 'block too short for its checksum',
  checksumDiffers: (name: string, computed: string, stored: string) => `${name}${computed} differs from the stored ${stored}`,
  notXz: () => 'not an XZ stream',
  xzIndexSize: (indexed: number, got: number) => `XZ index says ${indexed} bytes, got ${got}`,
  xzIndexPastEnd: () => 'XZ index points past the end of the stream',
  // Details of a char* basket (inside damagedText).
  offsetTableOutside: (at: number, size: number) => `the entry offset table at byte ${at} lies outside the ${size} bytes of data`,
  offsetCount: (count: number, entries: number) => `the entry offset table counts ${count} offsets for the ${entries} entries of the basket`,
  textEntry: (entry: number, detail: string) => `entry ${entry}: ${detail}`,
  entrySlot: (start: number, end: number) => `its slot [${start}, ${end}) cannot hold a string`,
  stringLength: (length: number, slot: number) => `a string of ${length} bytes does not fit its ${slot}-byte slot`,
  /** One sentence for TreeTable.unverified.detail, from the number of size-only blocks per algorithm. */
  unverified: (counts: [algorithm: string, blocks: number][]) => {
    const parts = counts.map(([algorithm, n]) => `${plural(n, 'block')} of ${SIZE_ONLY_NAMES[algorithm] ?? algorithm}`);
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
    return `${list} carried no checksum and could only be checked for size, so a damaged byte that still decompresses to the right size would go unnoticed.`;
  },
} as const;
