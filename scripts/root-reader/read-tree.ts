import type { Column, Refusal } from '../table/column.js';
import { isBranchSelected } from './branch-filter.js';
import { toBranchInfo } from './branch-info.js';
import { compressionName } from './compression-name.js';
import { parseFileHeader, rootVersionText, truncatedFile } from './file-header.js';
import { findTreeKey } from './find-tree.js';
import { loadBaskets } from './load-baskets.js';
import { loadFile } from './load-file.js';
import { openRootFile, type JsrootFile } from './open-root-file.js';
import { isBranchPlan, planBranch } from './plan-branch.js';
import { readBranches, type PlannedBranch } from './read-branches.js';
import { readHints, readMessages } from './read-messages.js';
import { readRecordPayload } from './record-payload.js';
import { RootReadError } from './root-read-error.js';
import { toUnverified, type UnverifiedCompression } from './unverified-compression.js';

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
  /**
   * Set when some compressed blocks of what was read could only be checked for
   * size (zstd, legacy 'CS', XZ without CRC32); undefined when every block read
   * was verified by checksum or stored uncompressed.
   */
  unverified?: UnverifiedCompression;
}

/** Branch names or simple globs (`*`, `?`) to read or to skip. */
export interface ReadTreeOptions {
  include?: string[];
  exclude?: string[];
  /** The file's content when the caller has already read it; the file is then not read again. */
  bytes?: Uint8Array;
}

/** Header, extent and StreamerInfo checks made before jsroot sees the bytes. */
async function checkFile(bytes: Uint8Array, file: string) {
  const header = parseFileHeader(bytes, file);
  if (header.end > bytes.length) throw truncatedFile(file, header.end, bytes.length);
  const info = await readRecordPayload(bytes, { file, object: 'StreamerInfo', seek: header.seekInfo, nbytes: header.nbytesInfo });
  return { header, sizeOnly: info.sizeOnly };
}

/** jsroot's TTree object; throws 'corrupt' when jsroot fails on a record whose blocks passed the size check. */
async function readTreeObject(rootFile: JsrootFile, file: string, object: string, treePath: string): Promise<Record<string, unknown>> {
  try {
    return (await rootFile.readObject(treePath)) as Record<string, unknown>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RootReadError({ kind: 'corrupt', file, object, cause: error, message: readMessages.jsrootCannotRead(detail), hint: readHints.copyAgain() });
  }
}

/** Plans the selected top-level branches; checks and loads the baskets of those to be read. */
async function planBranches(bytes: Uint8Array, file: string, tree: Record<string, unknown>, entries: number, options: ReadTreeOptions) {
  const objects = ((tree.fBranches as { arr?: unknown[] } | undefined)?.arr ?? []) as Record<string, unknown>[];
  const planned: PlannedBranch[] = [];
  const refused: Refusal[] = [];
  const sizeOnly: string[] = [];
  for (const object of objects) {
    const info = toBranchInfo(object);
    if (!isBranchSelected(info.name, options)) continue;
    const plan = planBranch(info);
    if (!isBranchPlan(plan)) {
      refused.push(plan);
      continue;
    }
    const baskets = await loadBaskets(bytes, file, info, entries);
    for (const basket of baskets) sizeOnly.push(...basket.record.sizeOnly);
    // Only 64-bit leaves are decoded from the basket bytes; other baskets were loaded to be checked.
    const keep = plan.leaves.some((leaf) => leaf.kind === 'int64');
    planned.push({ plan, info, object, baskets: keep ? baskets : [] });
  }
  return { planned, refused, sizeOnly };
}

/**
 * Reads the plain branches of one tree into columns: scalars as `branch`,
 * fixed arrays as `branch[i]` (`[i][j]`), leaf lists as `branch.leaf`, char*
 * as text. Everything else is refused by name with a reason. The file is
 * checked first (truncation, every basket's compressed blocks).
 *
 * @param file path of the ROOT file
 * @param treePath tree inside the file, with directories: 'dir1/dir2/tree'
 * @param options include / exclude branch names or globs; `bytes`: the file's content if already read
 * @throws RootReadError for a file or tree that cannot be read at all
 */
export async function readTree(file: string, treePath: string, options: ReadTreeOptions = {}): Promise<TreeTable> {
  const bytes = options.bytes ?? (await loadFile(file));
  const { header, sizeOnly: infoSizeOnly } = await checkFile(bytes, file);
  const rootFile = await openRootFile(bytes, file);
  const key = await findTreeKey(rootFile, bytes, file, treePath);
  const treeRecord = await readRecordPayload(bytes, { file, object: `${key.fClassName} '${treePath}'`, seek: key.fSeekKey, nbytes: key.fNbytes });
  const tree = await readTreeObject(rootFile, file, `${key.fClassName} '${treePath}'`, treePath);
  const entries = Number(tree.fEntries ?? 0);
  const { planned, refused, sizeOnly } = await planBranches(bytes, file, tree, entries, options);
  const unverified = toUnverified([...infoSizeOnly, ...treeRecord.sizeOnly, ...sizeOnly]);
  const read = await readBranches(file, tree, planned, entries);
  return {
    file,
    tree: treePath,
    entries,
    columns: planned.flatMap((b) => read.columns.get(b.plan.branch) ?? []),
    refused: [...refused, ...read.refused],
    rootVersion: rootVersionText(header.version),
    compression: compressionName(header.compress),
    ...(unverified ? { unverified } : {}),
  };
}
