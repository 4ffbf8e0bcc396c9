import { recordBasket, treeBasket, type BasketData, type BasketLayoutResult, type EntryLayout } from './basket-data.js';
import type { BasketRef, BranchInfo } from './branch-info.js';
import type { CheckedData, UnverifiedPart } from './integrity.js';
import { readHints, readMessages } from './read-messages.js';
import { readRecordPayload } from './record-payload.js';
import { RootReadError } from './root-read-error.js';

/** The file, the tree and what no checksum covers in the TTree record (which carries the baskets kept in it). */
export interface BasketContext {
  bytes: Uint8Array;
  file: string;
  tree: string;
  treeEntries: number;
  treeUnverified: UnverifiedPart[];
}

/** A branch's baskets ready to decode, and what was checked of each. */
export interface LoadedBaskets {
  baskets: BasketData[];
  checked: CheckedData[];
}

const basketName = (branch: string, index: number) => `branch '${branch}' basket ${index}`;

function corrupt(file: string, object: string, message: string, hint = readHints.copyAgain()): RootReadError {
  return new RootReadError({ kind: 'corrupt', file, object, message, hint });
}

/** Reads, checks and lays out one basket; `checked` gets what a checksum covered of it. */
async function loadBasket(ctx: BasketContext, branch: BranchInfo, ref: BasketRef, layout: EntryLayout, checked: CheckedData[]): Promise<BasketLayoutResult> {
  const name = basketName(branch.name, ref.index);
  if (ref.inTree) {
    // Its bytes are part of the TTree record, verified (or not) with it.
    checked.push({ kind: 'basket', name, bytes: 0, unverified: ctx.treeUnverified.map((p) => ({ cause: p.cause, bytes: 0 })) });
    return treeBasket(ref, layout);
  }
  if (ref.seek <= 0 && ref.entries === 0) return { ok: true, basket: { ref, keylen: 0, nevBufSize: 0, entries: 0, data: new Uint8Array(0) } }; // an empty slot
  if (ref.seek <= 0) throw corrupt(ctx.file, name, readMessages.basketNowhere(ref.seek));
  const record = await readRecordPayload(ctx.bytes, { file: ctx.file, object: name, seek: ref.seek, nbytes: ref.bytes, expect: { className: 'TBasket', name: branch.name } });
  checked.push({ kind: 'basket', name, bytes: record.stored, unverified: record.unverified });
  if (record.key.nevBuf !== ref.entries) throw corrupt(ctx.file, name, readMessages.basketEntries(record.key.nevBuf, ref.entries));
  return recordBasket(ref, record.key, record.payload, layout);
}

/**
 * Reads and checks every basket of a branch: each record (extent, key,
 * compressed blocks), each basket's entry count and place in the entry
 * sequence, the total against the tree, and the entry layout. The layout
 * fields (fNevBuf, fNevBufSize, fLast, fKeylen) sit in the basket's key, which
 * ROOT never covers by a checksum, so entries that do not fit are taken for
 * damage even when the data passed its checksum. Throws 'truncated' or
 * 'corrupt' naming the branch and the basket.
 */
export async function loadBaskets(ctx: BasketContext, branch: BranchInfo, layout: EntryLayout): Promise<LoadedBaskets> {
  const baskets: BasketData[] = [];
  const checked: CheckedData[] = [];
  let next = 0;
  for (const ref of branch.baskets) {
    const name = basketName(branch.name, ref.index);
    if (!(ref.entries >= 0) || ref.firstEntry !== next) throw corrupt(ctx.file, name, readMessages.basketStart(ref.firstEntry, ref.entries, next));
    const result = await loadBasket(ctx, branch, ref, layout, checked);
    if (!result.ok) throw corrupt(ctx.file, name, readMessages.layoutDamaged(result.problem), readHints.copyAgainOrReport());
    if (result.basket.entries !== ref.entries) throw corrupt(ctx.file, name, readMessages.basketEntries(result.basket.entries, ref.entries));
    next += ref.entries;
    baskets.push(result.basket);
  }
  if (next !== ctx.treeEntries) throw corrupt(ctx.file, `branch '${branch.name}'`, readMessages.branchEntries(next, ctx.treeEntries));
  return { baskets, checked };
}
