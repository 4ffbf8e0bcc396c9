import { buildRecord, type BuiltRecord } from './build-record';
import {
  BEGIN, START_BIG_FILE, buildFreeSegments, buildKeysList, buildTopDirectory, topDirectorySize, type FileIdentity,
} from './directory-records';
import { buildFileHeader } from './file-header';
import { keyLength } from './key';
import { LEAF_TYPES } from './leaf-types';
import { placeBranchBaskets } from './place-baskets';
import { resolveOptions, type WriteSettings } from './resolve-options';
import { RootWriterSpecError } from './RootWriterSpecError';
import type { TreeSpec, WriteOptions } from './spec';
import { specMessages } from './spec-messages';
import { LEAF_CLASSES, TREE_FILE_CLASSES } from './streamer-classes';
import { serializeStreamerInfos } from './streamer-info';
import { serializeTree } from './tree-object';
import { validateTrees } from './validate-spec';

export type { LeafType } from './leaf-types';
export type { BasketLayout, BranchSpec, Compression, TreeSpec, WriteOptions } from './spec';
export { RootWriterSpecError } from './RootWriterSpecError';

/** Appends records one after another and remembers where each one starts. */
interface Sink {
  parts: Uint8Array[];
  offset: number;
}

const append = (sink: Sink, record: BuiltRecord): void => {
  sink.parts.push(record.bytes);
  sink.offset += record.bytes.length;
};

/**
 * Writes a ROOT file whose top directory holds one flat TTree per spec, each
 * branch a numeric scalar or fixed-size array leaf. Same input, same bytes.
 * Throws RootWriterSpecError (with tree/branch context) for an invalid request.
 */
export function writeRootFile(trees: TreeSpec[], options?: WriteOptions): Uint8Array {
  if (trees.length === 0) throw new RootWriterSpecError(specMessages.noTrees(), {});
  validateTrees(trees);
  const settings = resolveOptions(options);
  const file: FileIdentity = { fileName: settings.fileName, fileTitle: settings.fileTitle, datime: settings.datime, uuid: settings.uuid };
  const sink: Sink = { parts: [], offset: BEGIN + topDirectorySize(file).nbytes };
  const treeKeys = trees.map((tree) => appendTree(sink, tree, settings));
  const infoSeek = sink.offset;
  const info = buildStreamerInfoRecord(trees, infoSeek, settings);
  append(sink, info);
  const keysList = buildKeysList(file, sink.offset, treeKeys);
  const keysSeek = sink.offset;
  append(sink, keysList);
  const freeSeek = sink.offset;
  const free = buildFreeSegments(file, freeSeek);
  append(sink, free);
  if (sink.offset >= START_BIG_FILE) throw new RootWriterSpecError(specMessages.tooLarge(sink.offset), {});
  const top = buildTopDirectory(file, { seek: keysSeek, nbytes: keysList.bytes.length });
  const header = buildFileHeader({
    end: sink.offset, seekFree: freeSeek, nbytesFree: free.bytes.length, nbytesName: topDirectorySize(file).nbytesName,
    compress: settings.zlibLevel > 0 ? 100 + settings.zlibLevel : 0,
    seekInfo: infoSeek, nbytesInfo: info.bytes.length, uuid: settings.uuid,
  });
  return concatenate([header, top.bytes, ...sink.parts], sink.offset);
}

/** Appends every basket of the tree, then the TTree record; returns that record's key. */
function appendTree(sink: Sink, tree: TreeSpec, settings: WriteSettings): Uint8Array {
  const records = { offset: () => sink.offset, append: (record: BuiltRecord) => append(sink, record) };
  const placed = tree.branches.map((branch) => placeBranchBaskets(records, tree, branch, settings));
  const id = { className: 'TTree', name: tree.name, title: tree.title ?? '', cycle: 1, seekPdir: BEGIN, datime: settings.datime, big: false };
  const data = serializeTree(tree, placed, keyLength(id.className, id.name, id.title, false));
  const record = buildRecord(id, sink.offset, data, settings.zlibLevel);
  append(sink, record);
  return record.key;
}

/** StreamerInfo for the tree classes plus each leaf class the trees use. */
function buildStreamerInfoRecord(trees: TreeSpec[], seek: number, settings: WriteSettings): BuiltRecord {
  const used = new Set(trees.flatMap((t) => t.branches.map((b) => LEAF_TYPES[b.type].leafClass)));
  const infos = [...TREE_FILE_CLASSES, ...Object.values(LEAF_CLASSES).filter((c) => used.has(c.name as keyof typeof LEAF_CLASSES))];
  const id = { className: 'TList', name: 'StreamerInfo', title: 'Doubly linked list', cycle: 1, seekPdir: BEGIN, datime: settings.datime, big: false };
  const data = serializeStreamerInfos(infos, keyLength(id.className, id.name, id.title, false));
  return buildRecord(id, seek, data, settings.zlibLevel);
}

function concatenate(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  if (at !== total) throw new Error(`writeRootFile: assembled ${at} bytes but the layout says ${total}`);
  return out;
}
