import { buildBasket, type BasketContent } from './basket-record';
import type { BuiltRecord } from './build-record';
import type { BasketPlacement, PlacedBranch } from './branch-object';
import { encodeEntries } from './encode-entries';
import { LEAF_TYPES } from './leaf-types';
import type { WriteSettings } from './resolve-options';
import type { BranchSpec, TreeSpec } from './spec';
import { elementsPerEntry } from './validate-spec';

/** Where the next record goes, and how to put it there. */
export interface RecordSink {
  /** File offset of the next record. */
  offset(): number;
  append(record: BuiltRecord): void;
}

/** Entry ranges [first, first + entries) of the branch's baskets, in order. */
function basketRanges(tree: TreeSpec, branch: BranchSpec, basketEntries: number): { first: number; entries: number }[] {
  if (tree.entries === 0) return [];
  if (branch.baskets === 'all-in-tree') return [{ first: 0, entries: tree.entries }];
  const ranges = [];
  for (let first = 0; first < tree.entries; first += basketEntries) ranges.push({ first, entries: Math.min(basketEntries, tree.entries - first) });
  return ranges;
}

/**
 * Cuts a branch into baskets of `basketEntries` entries and appends a TBasket
 * record for each, except the basket its layout keeps inside the TTree record
 * ('last-in-tree': the last one; 'all-in-tree': one basket of every entry).
 */
export function placeBranchBaskets(sink: RecordSink, tree: TreeSpec, branch: BranchSpec, settings: WriteSettings): PlacedBranch {
  const perEntry = elementsPerEntry(branch);
  const entrySize = perEntry * LEAF_TYPES[branch.type].size;
  const ranges = basketRanges(tree, branch, settings.basketEntries);
  const keepLast = ranges.length > 0 && (branch.baskets === 'last-in-tree' || branch.baskets === 'all-in-tree');
  const baskets: BasketPlacement[] = [];
  let inTree: PlacedBranch['inTree'];
  ranges.forEach(({ first, entries }, index) => {
    const data = encodeEntries(branch.type, branch.values, first * perEntry, entries * perEntry);
    const content: BasketContent = { tree: tree.name, branch: branch.name, index, entries, entrySize, data };
    if (keepLast && index === ranges.length - 1) {
      inTree = { content, firstEntry: first, datime: settings.datime };
      return;
    }
    const seekKey = sink.offset();
    const record = buildBasket(content, seekKey, settings.datime, settings.zlibLevel);
    baskets.push({ seekKey, nbytes: record.bytes.length, firstEntry: first, keylenPlusObjlen: record.keylen + record.objlen });
    sink.append(record);
  });
  return { spec: branch, entries: tree.entries, baskets, ...(inTree ? { inTree } : {}) };
}
