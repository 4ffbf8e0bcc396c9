import { describe, expect, it } from 'vitest';
import { marker, OPEN_SPACE, visibleText } from '../../../src/charts/visible-text';

describe('visibleText', () => {
  it('shows a right-to-left override as a marker, so `\\u202Elave` reads as written', () => {
    expect(visibleText('\u202Elave')).toBe('⟨U+202E⟩lave');
  });
  it('marks controls, zero-width, bidi isolates, BOM and non-ASCII spaces by code point', () => {
    const cases: [string, number][] = [['\u0000', 0], ['\u0007', 7], ['\u007F', 0x7f], ['\u0085', 0x85], ['\u200B', 0x200b], ['\u2066', 0x2066], ['\uFEFF', 0xfeff], ['\u00A0', 0xa0], ['\u2028', 0x2028]];
    for (const [char, code] of cases) expect(visibleText(`a${char}b`)).toBe(`a${marker(code)}b`);
    expect(marker(0x7)).toBe('⟨U+0007⟩');
  });
  it('shows spaces at either end as ␣ and leaves inner spaces, letters of any script and emoji alone', () => {
    expect(visibleText('  pp ')).toBe(`${OPEN_SPACE}${OPEN_SPACE}pp${OPEN_SPACE}`);
    expect(visibleText('p Pb')).toBe('p Pb');
    expect(visibleText('שלום LHC18b Ω 😀')).toBe('שלום LHC18b Ω 😀');
    expect(visibleText('')).toBe('');
  });
});
