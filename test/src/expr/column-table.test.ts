import { describe, expect, it } from 'vitest';
import { catalogFromColumns, catalogFromTable, catalogNames, isMissingCode } from '../../../src/expr/column-table';

describe('catalogs', () => {
  it('catalogFromColumns reads TEXT as text and INTEGER/REAL as numbers', () => {
    const catalog = catalogFromColumns([{ name: 'run', sqlType: 'INTEGER' }, { name: 'tpc.meanMIP', sqlType: 'REAL' }, { name: 'rct.period', sqlType: 'TEXT' }]);
    expect([...catalog.columns]).toEqual([['run', 'number'], ['tpc.meanMIP', 'number'], ['rct.period', 'text']]);
  });
  it('catalogFromTable takes numbers over categories for a column read both ways, and conditions as boolean aliases', () => {
    const table = {
      size: 0,
      numbers: new Map([['rct.fill', { values: new Float64Array(0) }]]),
      categories: new Map([['rct.fill', { codes: new Uint32Array(0), dictionary: [] }], ['rct.period', { codes: new Uint32Array(0), dictionary: [] }]]),
      conditions: new Map([['bad', { values: new Uint8Array(0) }]]),
    };
    const catalog = catalogFromTable(table);
    expect([...catalog.columns]).toEqual([['rct.fill', 'number'], ['rct.period', 'text']]);
    expect([...(catalog.aliases ?? [])]).toEqual([['bad', 'boolean']]);
    expect(catalogNames(catalog)).toEqual(['rct.fill', 'rct.period', 'bad']);
  });
});

describe('isMissingCode', () => {
  it('is true for the null entry of the app\'s categorical columns and for codes past the dictionary, not for a value spelled (missing)', () => {
    const dictionary = ['LHC18b', '(missing)', null];
    expect([0, 1, 2, 3].map((c) => isMissingCode(c, dictionary))).toEqual([false, false, true, true]);
  });
});
