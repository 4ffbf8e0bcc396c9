import { describe, expect, it } from 'vitest';
import { leafColumns } from '../../../scripts/root-reader/leaf-columns.js';
import type { LeafPlan } from '../../../scripts/root-reader/plan-branch.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';

const leaf = (over: Partial<LeafPlan>): LeafPlan => ({
  leaf: 'x', rootType: 'Int_t', kind: 'integer', unsigned: false, dims: [], columnNames: ['x'],
  title: 't', byteOffset: 0, byteLength: 4, ...over,
});

describe('leafColumns', () => {
  it('turns jsroot scalars (booleans as 0/1) into one column with type, title and empty unit', () => {
    expect(leafColumns(leaf({ rootType: 'Bool_t' }), [true, false, true])).toEqual({
      ok: true,
      columns: [{ name: 'x', rootType: 'Bool_t', title: 't', unit: '', values: { kind: 'integer', data: Float64Array.from([1, 0, 1]) } }],
    });
  });

  it('splits fixed arrays (flat or nested) into one column per element', () => {
    const l = leaf({ kind: 'real', rootType: 'Float_t', dims: [2, 2], columnNames: ['m[0][0]', 'm[0][1]', 'm[1][0]', 'm[1][1]'] });
    const result = leafColumns(l, [[1, 2, 3, 4], [[5, 6], [7, 8]]]);
    expect(result.ok && result.columns.map((c) => [c.name, Array.from(c.values.data as Float64Array)])).toEqual([
      ['m[0][0]', [1, 5]], ['m[0][1]', [2, 6]], ['m[1][0]', [3, 7]], ['m[1][1]', [4, 8]],
    ]);
  });

  it('reads text values into a text column', () => {
    const result = leafColumns(leaf({ kind: 'text', rootType: 'char*' }), ['uno', '']);
    expect(result.ok && result.columns[0].values).toEqual({ kind: 'text', data: ['uno', ''] });
  });

  it('refuses values of the wrong shape or type, naming the entry', () => {
    const array = leaf({ dims: [3], columnNames: ['a[0]', 'a[1]', 'a[2]'] });
    expect(leafColumns(array, [[1, 2, 3], 'òóô'])).toEqual({ ok: false, reason: refusalReasons.jsrootValue(1, 'a string') });
    expect(leafColumns(array, [[1, 2]])).toEqual({ ok: false, reason: refusalReasons.jsrootValue(0, 'an array') });
    expect(leafColumns(leaf({}), [1, undefined])).toEqual({ ok: false, reason: refusalReasons.jsrootValue(1, 'nothing') });
    expect(leafColumns(leaf({ kind: 'text' }), [7])).toEqual({ ok: false, reason: refusalReasons.jsrootValue(0, 'a number') });
  });

  it('gives empty columns for no entries', () => {
    expect(leafColumns(leaf({ kind: 'real' }), [])).toEqual({
      ok: true, columns: [{ name: 'x', rootType: 'Int_t', title: 't', unit: '', values: { kind: 'real', data: new Float64Array() } }],
    });
  });
});
