/**
 * Every sentence the ROOT reader writes into a RootReadError (message and
 * hint), a damaged-record detail or a TreeTable, as functions of their
 * context. Tests compare against these functions, never against copied text.
 */
import type { IntegritySummary, UnverifiedCause } from './integrity.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const count = (n: number) => n.toLocaleString('en-US');
const listed = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0] ?? '');

/** How each cause reads in the unverified detail. */
const CAUSE_WORDS: Record<UnverifiedCause, string> = {
  uncompressed: 'stored uncompressed',
  zstd: 'in zstd blocks',
  'legacy CS': "in legacy 'CS' blocks",
  'XZ without CRC32': 'in XZ blocks without CRC32',
};

/** What the user can do, ending each RootReadError message. */
export const readHints = {
  checkRootPath: () => 'Check that the path points at a ROOT file.',
  checkSourcePath: () => 'Check the path in the source configuration.',
  checkReadable: () => 'Check that it is a readable file, not a folder.',
  copyAgain: () => 'Copy the file again from its source; its bytes differ from what ROOT wrote.',
  copyAgainOrReport: () => 'Copy the file again from its source; if the copy is refused the same way, report this file to the RunLens maintainers.',
  copyAgainTruncated: () => 'Copy the file again from its source; a partial download or an interrupted write cannot be read.',
  resave: () => 'Re-save it with a recent ROOT (for example with hadd or TFile::Cp), which writes streamer infos.',
  checkTreePath: () => 'Check the tree path in the source configuration (directories separated by "/").',
  report: () => 'Report this file to the RunLens maintainers.',
} as const;

/** What went wrong, one sentence each (RootReadError.message before the hint, or a detail inside one). */
export const readMessages = {
  notRoot: () => 'does not start with the ROOT magic "root".',
  missingFile: () => 'no such file.',
  unreadableFile: (reason: string) => `cannot be read (${reason}).`,
  truncated: (needed: number, actual: number) => `the file is truncated: it needs at least ${needed} bytes but has ${actual}.`,
  noStreamerInfo: (version: string) => `written by ROOT ${version} without streamer info: not supported.`,
  jsrootCannotOpen: (detail: string) => `jsroot cannot open it (${detail}): the top directory or its keys list is damaged, or in a form jsroot does not read.`,
  jsrootMisreads: (detail: string) => `not supported: jsroot misreads this layout (${detail}); a checksum verified the bytes, so this is how ROOT wrote them.`,
  jsrootCannotDecode: (detail: string) => `jsroot cannot decode it (${detail}); no checksum covers these bytes: the file is damaged, or uses a layout jsroot misreads.`,
  jsrootSaid: (detail: string, noise: readonly string[]) => (noise.length === 0 ? detail : `${detail}; jsroot said: ${noise.slice(0, 3).map((n) => `"${n}"`).join(', ')}${noise.length > 3 ? ` and ${noise.length - 3} more` : ''}`),
  jsrootLost: (detail: string) => `jsroot stopped while decoding (${detail}): the data differs from what ROOT wrote.`,
  readerFailed: (detail: string) => `the reader failed on it (${detail}).`,
  noObject: (name: string, where: string, holds: string) => `no object '${name}' in ${where}, which holds ${holds}.`,
  emptyTreePath: () => 'the tree path is empty.',
  notATree: (name: string, where: string, className: string) => `'${name}' in ${where} is a ${className}, not a TTree.`,
  notADirectory: (name: string, where: string, className: string) => `'${name}' in ${where} is a ${className}, not a directory.`,
  damagedRecord: (seek: number, detail: string) => `record at byte ${seek} is damaged: ${detail}.`,
  keyCopy: (field: string, listed: string | number, own: string | number) => `the keys list says ${field} ${listed}, the record's own key says ${own}`,
  basketEntries: (held: number, said: number) => `the basket holds ${held} entries, the branch says ${said}.`,
  basketStart: (first: number, entries: number, expected: number) =>
    `the branch says it holds ${entries} entries from entry ${first}, but the baskets before it end at entry ${expected}.`,
  basketNowhere: (seek: number) => `the branch places it at byte ${seek}, and the TTree record holds no copy of it.`,
  branchEntries: (stored: number, treeEntries: number) => `its baskets hold ${stored} entries, the tree has ${treeEntries}.`,
  layoutDamaged: (detail: string) =>
    `its entries do not fit the basket (${detail}); ROOT covers no basket key by a checksum, so the file is damaged, or uses a layout the reader does not know.`,
  // Details of a TTree object jsroot returned (inside jsrootMisreads / jsrootCannotDecode).
  treeNotObject: () => 'it returned no TTree object',
  treeEntries: (value: string) => `the TTree it returned has fEntries ${value}, not an entry count`,
  treeBranches: () => 'the TTree it returned has no list of branches',
  branchObject: (index: number, detail: string) => `branch #${index}: ${detail}`,
  emptyTreeHolds: (branch: string, entries: number) => `the TTree says 0 entries, but branch '${branch}' holds ${entries}`,
  // Details of a StreamerInfo element (inside jsrootMisreads / jsrootCannotDecode).
  elementOf: (className: string, element: string, detail: string) => `the StreamerInfo of ${className}, element ${element}: ${detail}`,
  elementDims: (dim: string) => `fArrayDim is ${dim}, not 0 to 5`,
  elementLength: (length: string, expected: number) => `fArrayLength is ${length}, its dimensions give ${expected}`,
  // Details of a damaged record (inside damagedRecord).
  keyOutside: () => 'its key does not fit inside the record',
  keyBytes: (key: number, pointer: number) => `its key says ${key} bytes, the pointer to it says ${pointer}`,
  keyLengths: (keylen: number, objlen: number, nbytes: number) => `key length ${keylen} and object length ${objlen} do not fit ${nbytes} bytes`,
  keySeek: (seekKey: number) => `its key says it sits at byte ${seekKey}`,
  keyNames: (className: string, name: string, expectedClass: string, expectedName: string) =>
    `its key names ${className} '${name}', where ${expectedClass} '${expectedName}' was expected`,
  // Details of a damaged compressed block (inside damagedRecord).
  blockHeaderPastEnd: (at: number) => `block header at byte ${at} runs past the end of the record`,
  unknownBlockTag: (tag: string, at: number) => `unknown compression block tag "${tag}" at byte ${at}`,
  zlibMethod: (method: number) => `method byte ${method}, where ROOT writes 8 (deflate)`,
  blockPastRecord: (algorithm: string, at: number, compressed: number) =>
    `${algorithm} block at byte ${at} claims ${compressed} bytes but the record ends first`,
  blockProblem: (algorithm: string, at: number, detail: string) => `${algorithm} block at byte ${at}: ${detail}`,
  blockSize: (algorithm: string, at: number, got: number, expected: number) =>
    `${algorithm} block at byte ${at} decompressed to ${got} bytes, header says ${expected}`,
  blocksTotal: (filled: number, objlen: number) => `blocks hold ${filled} bytes, the key says ${objlen}`,
  blocksEnd: (at: number, stored: number) => `the blocks end at byte ${at} of the ${stored} stored bytes`,
  zlibDamaged: (reason: string) => `zlib stream is damaged (${reason})`,
  decompressFailed: (reason: string) => `decompression failed (${reason})`,
  sizeDiffers: (expected: number) => `decompressed size differs from the ${expected} bytes the block header promises`,
  checksumTooShort: () => 'block too short for its checksum',
  checksumDiffers: (name: string, computed: string, stored: string) => `${name}${computed} differs from the stored ${stored}`,
  notXz: () => 'not an XZ stream',
  xzIndexSize: (indexed: number, got: number) => `XZ index says ${indexed} bytes, got ${got}`,
  xzIndexPastEnd: () => 'XZ index points past the end of the stream',
  // Details of a basket's layout (inside layoutUnverified or a refusal).
  entrySize: (nevBufSize: number, entryBytes: number) => `entry size ${nevBufSize} bytes, the leaves need ${entryBytes}`,
  entryData: (dataBytes: number, entries: number, entryBytes: number) => `${dataBytes} bytes of entry data for ${entries} entries of ${entryBytes} bytes`,
  afterEntries: (extra: number) => `${extra} bytes follow the fixed-size entries`,
  lastOutside: (last: number, keylen: number, payload: number) => `fLast ${last} lies outside the ${payload} bytes of data after the ${keylen}-byte key`,
  treeBasketData: (have: number, expected: number) => `the TTree record holds ${have} bytes of its data, its header says ${expected}`,
  offsetTableOutside: (at: number, size: number) => `the entry offset table at byte ${at} lies outside the ${size} bytes of data`,
  offsetCount: (n: number, entries: number) => `the entry offset table counts ${n} offsets for the ${entries} entries of the basket`,
  entryStart: (offset: number, from: number, to: number) => `its entry offset ${offset} lies outside [${from}, ${to}] or before the previous entry`,
  textEntry: (entry: number, detail: string) => `entry ${entry}: ${detail}`,
  stringLength: (length: number, slot: number) => `a string of ${length} bytes does not fit its ${slot}-byte slot`,
  /** One sentence for TreeTable.unverified.detail: counts, causes (bytes per cause) and the records concerned. */
  unverified: (s: IntegritySummary, causes: [UnverifiedCause, number][]) => {
    const baskets = `${count(s.basketsUnverified)} of ${plural(s.baskets, 'basket')} read`;
    const records = s.recordsUnverified.length > 0 ? `${s.basketsUnverified > 0 ? ', and ' : ''}the ${listed(s.recordsUnverified)} record${s.recordsUnverified.length > 1 ? 's' : ''}` : '';
    const what = s.basketsUnverified > 0 ? `${baskets}${records}` : records.replace(/^, and /, '');
    const how = causes.map(([cause, bytes]) => `${count(bytes)} ${CAUSE_WORDS[cause]}`);
    return `No checksum covers ${what} (${count(s.bytesUnverified)} of ${count(s.bytes)} data bytes: ${listed(how)}); a damaged byte there would go unnoticed.`;
  },
} as const;
