import { describe, expect, it } from 'vitest';
import { labelPieces } from '../../../src/table/label-pieces';

describe('labelPieces', () => {
  it('cuts column names after dots, underscores, slashes and colons, and before brackets', () => {
    expect(labelPieces('tpc.PIDSepPow_comb2')).toEqual(['tpc.', 'PIDSepPow_', 'comb2']);
    expect(labelPieces('tpc.dcar[0]')).toEqual(['tpc.', 'dcar', '[0]']);
    expect(labelPieces('a/b:c')).toEqual(['a/', 'b:', 'c']);
    expect(labelPieces('run')).toEqual(['run']);
    expect(labelPieces('')).toEqual([]);
  });

  it('keeps runs of separators and a leading bracket together', () => {
    expect(labelPieces('a..b__c')).toEqual(['a..', 'b__', 'c']);
    expect(labelPieces('[0]x')).toEqual(['[0]x']);
    expect(labelPieces('...')).toEqual(['...']);
  });

  it('always joins back to the text, for names of every shape', () => {
    const names = ['tpc.meanTPCnclF', 'evs.triggerRate[2]', 'x', '._/:[', ']]]', 'α.β_γ[δ]', '⟨U+202E⟩lave.x', 'a'.repeat(300), '[a][b].c_'];
    for (const name of names) expect(labelPieces(name).join('')).toBe(name);
  });
});
