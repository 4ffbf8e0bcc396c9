import { expect, it } from 'vitest';
import { readTree } from '../../../scripts/root-reader/read-tree.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';
import { expectQuietConsole } from '../../support/quiet-console.js';
import { useRootFiles } from '../../support/rootfiles.js';
import { valuesOf } from './expect-values.js';

const rootfiles = useRootFiles('root-reader/read-tree-sample');
type Truth = Record<string, unknown[]>;

const sampleFiles = (): string[] => rootfiles.list('scikit-hep-testdata', /^uproot-sample-.*\.root$/);

const READ = ['n', 'b', 'ab', 'i1', 'ai1', 'u1', 'au1', 'i2', 'ai2', 'u2', 'au2', 'i4', 'ai4', 'u4', 'au4', 'i8', 'ai8', 'u8', 'au8', 'f4', 'af4', 'f8', 'af8', 'str'];
const VARIABLE = ['Ab', 'Ai1', 'Au1', 'Ai2', 'Au2', 'Ai4', 'Au4', 'Ai8', 'Au8', 'Af4', 'Af8'];
const ROOT_TYPES: Record<string, string> = {
  n: 'Int_t', b: 'Bool_t', i1: 'Char_t', u1: 'UChar_t', i2: 'Short_t', u2: 'UShort_t', i4: 'Int_t', u4: 'UInt_t',
  i8: 'Long64_t', u8: 'ULong64_t', f4: 'Float_t', f8: 'Double_t', str: 'char*',
};

/** The truth of one branch as one list per column, booleans as 0/1. */
function truthColumns(truth: Truth, branch: string): [string, unknown[]][] {
  const entries = truth[branch].map((v) => (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'boolean' ? Number(x) : x)));
  const isArray = Array.isArray(truth[branch][0]);
  return entries[0].map((_, k) => [isArray ? `${branch}[${k}]` : branch, entries.map((e) => e[k])]);
}

expectQuietConsole();

rootfiles.describe('readTree on the 40 uproot-sample files (ROOT 5.23 – 6.20)', () => {
  it('finds all 40 sample files', () => {
    expect(sampleFiles()).toHaveLength(40);
  });

  it.each(sampleFiles())('readTree(%s, "sample") equals sample_truth.json (Char_t arrays included) and refuses the variable arrays by name', async (name) => {
    const truth = await rootfiles.expected<Truth>('sample_truth.json');
    const table = await readTree(rootfiles.path(`scikit-hep-testdata/${name}`), 'sample');
    expect(table.entries).toBe(30);
    const expected = READ.flatMap((b) => truthColumns(truth, b));
    expect(table.columns.map((c) => c.name)).toEqual(expected.map(([n]) => n));
    for (const [columnName, values] of expected) {
      const col = table.columns.find((c) => c.name === columnName)!;
      expect(valuesOf(col.values), `${name} ${columnName}`).toEqual(values);
      const base = columnName.replace(/^a/, '').replace(/\[\d\]$/, '');
      expect(col.rootType, columnName).toBe(ROOT_TYPES[base]);
    }
    expect(table.refused.map((r) => r.branch).sort()).toEqual([...VARIABLE].sort());
    expect(table.refused.find((r) => r.branch === 'Ai8')).toEqual({
      branch: 'Ai8', rootType: 'Long64_t', reason: refusalReasons.variableArray('Ai8[n]'),
    });
  });
});
