import { describe, expect, it } from 'vitest';
import { LEAF_TYPE_NAMES } from '../../../scripts/root-writer/leaf-types';
import { RootWriterSpecError } from '../../../scripts/root-writer/RootWriterSpecError';
import { specMessages } from '../../../scripts/root-writer/spec-messages';
import type { BranchSpec, TreeSpec } from '../../../scripts/root-writer/spec';
import { elementsPerEntry, firstInvalidValue, validateTrees } from '../../../scripts/root-writer/validate-spec';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';

const one = (branch: Partial<BranchSpec>, entries = 2): TreeSpec[] =>
  [{ name: 'T', entries, branches: [{ name: 'x', type: 'Int_t', values: [1, 2], ...branch } as BranchSpec] }];

/** The thrown RootWriterSpecError, so message and context can be compared exactly. */
const thrown = (f: () => unknown): RootWriterSpecError => {
  try {
    f();
  } catch (e) {
    if (e instanceof RootWriterSpecError) return e;
    throw e;
  }
  throw new Error('expected a RootWriterSpecError');
};

describe('validateTrees', () => {
  it('accepts a valid spec', () => {
    expect(() => validateTrees(one({}))).not.toThrow();
  });

  it('rejects a values length that is not entries × product(shape), naming tree and branch', () => {
    const e = thrown(() => validateTrees(one({ shape: [2, 3], values: [1, 2, 3] })));
    expect(e.message).toBe(specMessages.badLength('T', 'x', 3, 12));
    expect(e.context).toEqual({ tree: 'T', branch: 'x' });
  });

  it('rejects invalid and duplicate names', () => {
    expect(thrown(() => validateTrees(one({ name: 'a b' }))).message).toBe(specMessages.badName('branch', 'a b'));
    expect(thrown(() => validateTrees(one({ name: '1x' }))).message).toBe(specMessages.badName('branch', '1x'));
    expect(thrown(() => validateTrees([{ ...one({})[0], name: 'T;1' }])).message).toBe(specMessages.badName('tree', 'T;1'));
    const twice: TreeSpec = { name: 'T', entries: 1, branches: [{ name: 'x', type: 'Int_t', values: [1] }, { name: 'x', type: 'Float_t', values: [1] }] };
    expect(thrown(() => validateTrees([twice])).message).toBe(specMessages.duplicateBranch('T', 'x'));
    expect(thrown(() => validateTrees([...one({}), ...one({})])).message).toBe(specMessages.duplicateTree('T'));
  });

  it('rejects negative or fractional entries, bad shapes and unknown types', () => {
    expect(thrown(() => validateTrees(one({ values: [] }, -1))).message).toBe(specMessages.badEntries('T', -1));
    expect(thrown(() => validateTrees(one({}, 1.5))).message).toBe(specMessages.badEntries('T', 1.5));
    expect(thrown(() => validateTrees(one({ shape: [0] }))).message).toBe(specMessages.badShape('T', 'x', [0]));
    expect(thrown(() => validateTrees(one({ shape: [] }))).message).toBe(specMessages.badShape('T', 'x', []));
    expect(thrown(() => validateTrees(one({ type: 'Long_t' as never }))).message)
      .toBe(specMessages.badType('T', 'x', 'Long_t', LEAF_TYPE_NAMES));
  });

  it('rejects an out-of-range or non-integer value with its index', () => {
    expect(thrown(() => validateTrees(one({ type: 'UChar_t', values: [255, 256] }))).message)
      .toBe(specMessages.badValue('T', 'x', 1, 256, 'UChar_t'));
    expect(thrown(() => validateTrees(one({ values: [0.5, 1] }))).message).toBe(specMessages.badValue('T', 'x', 0, 0.5, 'Int_t'));
  });

  it('rejects an unknown basket layout, accepts the three known ones', () => {
    expect(thrown(() => validateTrees(one({ baskets: 'tree' as never }))).message)
      .toBe(specMessages.badBasketLayout('T', 'x', 'tree', ['records', 'last-in-tree', 'all-in-tree']));
    for (const baskets of ['records', 'last-in-tree', 'all-in-tree'] as const) expect(() => validateTrees(one({ baskets }))).not.toThrow();
  });

  it('rejects a title with characters outside Latin-1', () => {
    expect(thrown(() => validateTrees(one({ title: 'p_{T} → GeV' }))).context).toEqual({ tree: 'T', branch: 'x' });
  });
});

describe('firstInvalidValue', () => {
  it('checks each integer type at both ends of its range', () => {
    expect(firstInvalidValue('Bool_t', [0, 1, 2])).toBe(2);
    expect(firstInvalidValue('Char_t', [-128, 127, -129])).toBe(2);
    expect(firstInvalidValue('Short_t', [-32768, 32767, 32768])).toBe(2);
    expect(firstInvalidValue('UShort_t', [0, 65535, -1])).toBe(2);
    expect(firstInvalidValue('Int_t', [-(2 ** 31), 2 ** 31 - 1, 2 ** 31])).toBe(2);
    expect(firstInvalidValue('UInt_t', [0, 2 ** 32 - 1, 2 ** 32])).toBe(2);
  });

  it('accepts bigint only for the 64-bit types, within their range', () => {
    expect(firstInvalidValue('Int_t', [1n] as never)).toBe(0);
    expect(firstInvalidValue('Long64_t', [-(2n ** 63n), 2n ** 63n - 1n, 2n ** 63n])).toBe(2);
    expect(firstInvalidValue('ULong64_t', [0n, 2n ** 64n - 1n, -1n])).toBe(2);
    expect(firstInvalidValue('Long64_t', [-(2 ** 63), 2 ** 63])).toBe(1);
    expect(firstInvalidValue('ULong64_t', [2 ** 64 - 2048, 2 ** 64])).toBe(1);
  });

  it('accepts any number for floating-point types, NaN and infinities included, but not bigint', () => {
    expect(firstInvalidValue('Double_t', [NaN, Infinity, -0, 1e308])).toBe(-1);
    expect(firstInvalidValue('Float_t', [1, 2n] as never)).toBe(1);
  });
});

describe('elementsPerEntry', () => {
  it('is the product of the shape, 1 for a scalar', () => {
    expect([elementsPerEntry({ name: 'a', type: 'Int_t', values: [] }), elementsPerEntry({ name: 'a', type: 'Int_t', shape: [2, 3], values: [] })]).toEqual([1, 6]);
  });
});

describe('writeRootFile option and request errors', () => {
  it('throws RootWriterSpecError for no trees and for each bad option', () => {
    expect(thrown(() => writeRootFile([])).message).toBe(specMessages.noTrees());
    const bad = [
      [{ basketEntries: 0 }, 'basketEntries'],
      [{ compression: { algorithm: 'zlib', level: 10 } }, 'compression'],
      [{ compression: { algorithm: 'lz4', level: 4 } as never }, 'compression'],
      [{ fileName: '' }, 'fileName'],
      [{ date: new Date(Date.UTC(1990, 0, 1)) }, 'date'],
      [{ date: new Date(NaN) }, 'date'],
      [{ uuid: new Uint8Array(15) }, 'uuid'],
      [{ fileTitle: 'Ω' }, 'fileTitle'],
    ] as const;
    for (const [options, option] of bad) expect(thrown(() => writeRootFile(one({}), options as never)).context).toEqual({ option });
  });
});
