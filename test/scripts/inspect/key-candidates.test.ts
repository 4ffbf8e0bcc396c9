import { expect, it } from 'vitest';
import { keyCandidates } from '../../../scripts/inspect/key-candidates';
import type { Column } from '../../../scripts/table/column';

const col = (name: string, kind: 'integer' | 'real' | 'text', data: unknown[], rootType = 'Int_t'): Column =>
  ({ name, rootType, title: '', unit: '', values: kind === 'text' ? { kind, data: data as string[] } : { kind, data: Float64Array.from(data as number[]) } });

it('keyCandidates lists integer scalar columns, unique ones first, then names with "run", then the rest in order', () => {
  const columns = [
    col('period', 'integer', [1, 1, 2]),
    col('x', 'real', [0.5, 1.5, 2.5], 'Double_t'),
    col('fill', 'integer', [7, 8, 9], 'UInt_t'),
    col('runType', 'integer', [0, 0, 1]),
    col('a[0]', 'integer', [1, 2, 3]),
    col('ll.n', 'integer', [1, 2, 3]),
    col('name', 'text', ['a', 'b', 'c'], 'char*'),
    col('runNumber', 'integer', [100, 101, 102]),
  ];
  expect(keyCandidates(columns, 3)).toEqual([
    { column: 'runNumber', rootType: 'Int_t', distinct: 3 },
    { column: 'fill', rootType: 'UInt_t', distinct: 3 },
    { column: 'runType', rootType: 'Int_t', distinct: 2 },
    { column: 'period', rootType: 'Int_t', distinct: 2 },
  ]);
});

it('keyCandidates adds floating-point columns holding only whole numbers, after integers of the same rank', () => {
  const values = { runF: [290001, 290002, 290003], runI: [1, 2, 3], half: [1, 1.5, 2], gap: [1, NaN, 3] };
  const columns = [
    col('runF', 'real', values.runF, 'Double_t'),
    col('half', 'real', values.half, 'Double_t'),
    col('gap', 'real', values.gap, 'Float_t'),
    col('runI', 'integer', values.runI),
  ];
  expect(keyCandidates(columns, 3)).toEqual([
    { column: 'runI', rootType: 'Int_t', distinct: new Set(values.runI).size },
    { column: 'runF', rootType: 'Double_t', distinct: new Set(values.runF).size, wholeFloat: true },
  ]);
});
