import { describe, expect, it } from 'vitest';
import type { BuiltRecord } from '../../../scripts/root-writer/build-record';
import { placeBranchBaskets } from '../../../scripts/root-writer/place-baskets';
import { resolveOptions } from '../../../scripts/root-writer/resolve-options';
import type { BasketLayout, BranchSpec, TreeSpec } from '../../../scripts/root-writer/spec';
import { readRecord } from './file-records';

/** A sink starting at byte 1000 that keeps what it was given. */
function memorySink() {
  const records: { seek: number; record: BuiltRecord }[] = [];
  let offset = 1000;
  return {
    records,
    sink: {
      offset: () => offset,
      append: (record: BuiltRecord) => {
        records.push({ seek: offset, record });
        offset += record.bytes.length;
      },
    },
  };
}

const settings = resolveOptions({ basketEntries: 4, compression: 'none' });
const branch = (baskets?: BasketLayout): BranchSpec => ({ name: 'x', type: 'Int_t', values: Array.from({ length: 10 }, (_, k) => 100 + k), ...(baskets ? { baskets } : {}) });
const tree = (b: BranchSpec, entries = 10): TreeSpec => ({ name: 't', entries, branches: [b] });
const entriesOf = (data: Uint8Array) => Array.from({ length: data.length / 4 }, (_, k) => new DataView(data.buffer, data.byteOffset).getInt32(4 * k));

describe('placeBranchBaskets', () => {
  it("'records' (default) appends one record per basketEntries entries, the last one shorter", () => {
    const { records, sink } = memorySink();
    const placed = placeBranchBaskets(sink, tree(branch()), branch(), settings);
    expect(placed.baskets.map((b) => [b.seekKey, b.firstEntry])).toEqual([[1000, 0], [records[1].seek, 4], [records[2].seek, 8]]);
    expect(placed.inTree).toBeUndefined();
    expect(records.map((r) => entriesOf(readRecord(r.record.bytes, 0).data))).toEqual([[100, 101, 102, 103], [104, 105, 106, 107], [108, 109]]);
    expect(placed.baskets.map((b) => b.nbytes)).toEqual(records.map((r) => r.record.bytes.length));
  });

  it("'last-in-tree' appends every basket but the last, which it keeps with its first entry", () => {
    const { records, sink } = memorySink();
    const placed = placeBranchBaskets(sink, tree(branch('last-in-tree')), branch('last-in-tree'), settings);
    expect(records).toHaveLength(2);
    expect(placed.baskets.map((b) => b.firstEntry)).toEqual([0, 4]);
    expect(placed.inTree).toMatchObject({ firstEntry: 8, datime: settings.datime, content: { index: 2, entries: 2, entrySize: 4, branch: 'x', tree: 't' } });
    expect(entriesOf(placed.inTree!.content.data)).toEqual([108, 109]);
  });

  it("'all-in-tree' appends nothing and keeps one basket of every entry, whatever basketEntries says", () => {
    const { records, sink } = memorySink();
    const placed = placeBranchBaskets(sink, tree(branch('all-in-tree')), branch('all-in-tree'), settings);
    expect(records).toHaveLength(0);
    expect(placed.baskets).toEqual([]);
    expect(placed.inTree).toMatchObject({ firstEntry: 0, content: { index: 0, entries: 10 } });
    expect(entriesOf(placed.inTree!.content.data)).toEqual(Array.from({ length: 10 }, (_, k) => 100 + k));
  });

  it('a tree of 0 entries has no baskets in any layout', () => {
    for (const layout of ['records', 'last-in-tree', 'all-in-tree'] as const) {
      const { records, sink } = memorySink();
      const empty = { ...branch(layout), values: [] };
      const placed = placeBranchBaskets(sink, tree(empty, 0), empty, settings);
      expect([records.length, placed.baskets.length, placed.inTree]).toEqual([0, 0, undefined]);
    }
  });
});
