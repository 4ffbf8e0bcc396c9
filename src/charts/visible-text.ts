/**
 * Data text as a label shows it: characters that draw nothing or reorder
 * their neighbours (controls, bidi overrides and isolates, zero-width and
 * other format characters, line separators, spaces other than U+0020) become
 * visible markers `⟨U+202E⟩`, and spaces at either end become `␣`, so
 * `\u202Elave` reads `⟨U+202E⟩lave` and never `evale`-like, and ` pp` differs
 * from `pp`. Plain text passes unchanged.
 */
export function visibleText(text: string): string {
  const marked = text.replace(INVISIBLE, (char) => marker(char.codePointAt(0)!));
  return marked.replace(/^ +| +$/g, (spaces) => OPEN_SPACE.repeat(spaces.length));
}

/** The marker of an invisible character, e.g. `⟨U+202E⟩`. */
export function marker(codePoint: number): string {
  return `⟨U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** How a space at either end of a label reads. */
export const OPEN_SPACE = '␣';

// Cc: C0/C1 controls and DEL; Cf: format (bidi controls, ZWJ/ZWNJ, BOM, soft hyphen…); Zl/Zp: line and
// paragraph separators; Zs other than U+0020: no-break, ideographic and other spaces; Co/Cn: private use, unassigned.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]|(?! )\p{Zs}/gu;
