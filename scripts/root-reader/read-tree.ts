import type { Column, Refusal } from '../table/column.js';
import { catchLostRejections } from './catch-lost-rejections.js';
import { checkFile } from './check-file.js';
import { compressionName } from './compression-name.js';
import { rootVersionText } from './file-header.js';
import { summarizeIntegrity, toUnverified, type IntegritySummary, type UnverifiedIntegrity } from './integrity.js';
import { loadFile } from './load-file.js';
import { openTree } from './open-tree.js';
import { readBranches } from './read-branches.js';
import { readHints, readMessages } from './read-messages.js';
import { isRootReadError, RootReadError } from './root-read-error.js';

/** One tree read into columns, with what was refused and where it came from. */
export interface TreeTable {
  file: string;
  tree: string;
  entries: number;
  columns: Column[];
  /** Branches not read, with the reason. */
  refused: Refusal[];
  /** ROOT version that wrote the file, e.g. '6.20/04'. */
  rootVersion: string;
  /** The file's compression setting, e.g. 'zlib-4', 'lz4-4', 'none'. */
  compression: string;
  /** What a checksum verified of the data read (StreamerInfo, TTree record, baskets of the branches read) and what not. */
  integrity: IntegritySummary;
  /** Set when no checksum covers some of the data read (uncompressed, zstd, legacy 'CS', XZ without CRC32). */
  unverified?: UnverifiedIntegrity;
}

/** Branch names or simple globs (`*`, `?`) to read or to skip. */
export interface ReadTreeOptions {
  include?: string[];
  exclude?: string[];
  /** The file's content when the caller has already read it; the file is then not read again. */
  bytes?: Uint8Array;
}

async function readFromBytes(bytes: Uint8Array, file: string, treePath: string, options: ReadTreeOptions): Promise<TreeTable> {
  const { header, info } = await checkFile(bytes, file);
  const opened = await openTree(bytes, file, treePath, info.unverified.length === 0);
  const context = { bytes, file, tree: treePath, treeEntries: opened.entries, treeUnverified: opened.record.unverified };
  const read = await readBranches(context, { objects: opened.branches, verified: opened.verified, noise: opened.noise }, options);
  const integrity = summarizeIntegrity([info, opened.record, ...read.checked]);
  const unverified = toUnverified(integrity);
  return {
    file,
    tree: treePath,
    entries: opened.entries,
    columns: read.columns,
    refused: read.refused,
    rootVersion: rootVersionText(header.version),
    compression: compressionName(header.compress),
    integrity,
    ...(unverified ? { unverified } : {}),
  };
}

/**
 * Reads the plain branches of one tree into columns: scalars as `branch`,
 * fixed arrays as `branch[i]` (`[i][j]`), leaf lists as `branch.leaf`, char*
 * as text, decoded from the basket bytes after every record read was checked
 * (extent, key, compressed blocks, entry counts and layout); jsroot parses
 * the directories, StreamerInfo and TTree record. Baskets kept inside the
 * TTree record are read like the others. Everything else is refused by name
 * with a reason. Every failure is a RootReadError naming the file and the
 * object, never another exception.
 *
 * @param file path of the ROOT file
 * @param treePath tree inside the file, with directories: 'dir1/dir2/tree'
 * @param options include / exclude branch names or globs; `bytes`: the file's content if already read
 * @throws RootReadError for a file or tree that cannot be read at all
 */
export async function readTree(file: string, treePath: string, options: ReadTreeOptions = {}): Promise<TreeTable> {
  const bytes = options.bytes ?? (await loadFile(file));
  let guarded;
  try {
    guarded = await catchLostRejections(() => readFromBytes(bytes, file, treePath, options));
  } catch (error) {
    if (isRootReadError(error)) throw error;
    // A damaged file that got past every check and broke the reader: refuse it by name, never crash the build.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new RootReadError({ kind: 'unreadable', file, object: treePath, cause: error, message: readMessages.readerFailed(detail), hint: readHints.copyAgainOrReport() });
  }
  if (!guarded.ok) {
    const detail = guarded.lost instanceof Error ? guarded.lost.message : String(guarded.lost);
    throw new RootReadError({ kind: 'corrupt', file, object: treePath, cause: guarded.lost, message: readMessages.jsrootLost(detail), hint: readHints.copyAgainOrReport() });
  }
  return guarded.value;
}
