import { ByteWriter } from './ByteWriter';
import { branchBytes, writeBranch, type PlacedBranch } from './branch-object';
import { writeIOFeatures, writeNull, writeObjectReference, writeTNamed, writeTObjArray } from './root-objects';
import type { TreeSpec } from './spec';
import { TAttFill, TAttLine, TAttMarker, TTree } from './streamer-classes';

const TREE_BITS = 0x03000008;
const BRANCH_ARRAY_BITS = 0x03004000;

/**
 * Serializes a TTree (v20) whose baskets are already placed. `origin` is the
 * length of the tree record's key: object tags count from the key's first byte.
 */
export function serializeTree(tree: TreeSpec, branches: PlacedBranch[], origin: number): Uint8Array {
  const w = new ByteWriter(origin, 4096 + branches.length * 1024);
  w.versioned(TTree.version, () => {
    writeTNamed(w, tree.name, tree.title ?? '', TREE_BITS);
    writeAttributes(w);
    writeTreeCounters(w, tree.entries, branches);
    const leafTags: number[] = [];
    writeTObjArray(w, branches.map((b) => () => { leafTags.push(writeBranch(w, b)); }), BRANCH_ARRAY_BITS);
    writeTObjArray(w, leafTags.map((tag) => () => writeObjectReference(w, tag)));
    writeNull(w); // fAliases
    w.i32(0); // fIndexValues: empty TArrayD
    w.i32(0); // fIndex: empty TArrayI
    for (let i = 0; i < 4; i++) writeNull(w); // fTreeIndex, fFriends, fUserInfo, fBranchRef
  });
  return w.finish();
}

/** TAttLine, TAttFill and TAttMarker bases with ROOT's default values. */
function writeAttributes(w: ByteWriter): void {
  w.versioned(TAttLine.version, () => { w.i16(602); w.i16(1); w.i16(1); });
  w.versioned(TAttFill.version, () => { w.i16(0); w.i16(1001); });
  w.versioned(TAttMarker.version, () => { w.i16(1); w.i16(1); w.f32(1); });
}

/** fEntries … fIOFeatures: sizes, then the defaults ROOT 6.20 writes. */
function writeTreeCounters(w: ByteWriter, entries: number, branches: PlacedBranch[]): void {
  let totBytes = 0;
  let zipBytes = 0;
  for (const b of branches) {
    const sizes = branchBytes(b);
    totBytes += sizes.totBytes;
    zipBytes += sizes.zipBytes;
  }
  w.i64(entries);
  w.i64(totBytes);
  w.i64(zipBytes);
  w.i64(0); // fSavedBytes
  w.i64(0); // fFlushedBytes
  w.f64(1); // fWeight
  w.i32(0); // fTimerInterval
  w.i32(25); // fScanField
  w.i32(0); // fUpdate
  w.i32(1000); // fDefaultEntryOffsetLen
  w.i32(0); // fNClusterRange
  w.i64(1_000_000_000_000); // fMaxEntries
  w.i64(1_000_000_000_000); // fMaxEntryLoop
  w.i64(0); // fMaxVirtualSize
  w.i64(-300_000_000); // fAutoSave
  w.i64(-30_000_000); // fAutoFlush
  w.i64(1_000_000); // fEstimate
  w.u8(0); // fClusterRangeEnd: null pointer array
  w.u8(0); // fClusterSize
  writeIOFeatures(w);
}
