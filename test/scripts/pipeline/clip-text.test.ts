import { describe, expect, it } from 'vitest';
import { clip, ECHO_LIMIT } from '../../../scripts/pipeline/clip-text';

describe('clip', () => {
  it('keeps short plain text as it is', () => expect(clip('run,period')).toBe('run,period'));

  it('cuts text at the limit and says how much was left out', () => {
    expect(clip('x'.repeat(ECHO_LIMIT + 50))).toBe(`${'x'.repeat(ECHO_LIMIT)}… (50 more characters)`);
    expect(clip('abcdef', 3)).toBe('abc… (3 more characters)');
    expect(clip('x'.repeat(ECHO_LIMIT))).toBe('x'.repeat(ECHO_LIMIT));
  });

  it('writes control characters (NUL, ESC, line breaks) as \\u escapes', () => {
    expect(clip('a\u0000b\u001b[31mc\nd\u2028')).toBe('a\\u0000b\\u001b[31mc\\u000ad\\u2028');
  });
});
