import { describe, expect, it } from 'vitest';
import { parseViewText } from '../../../src/view/parse-view-text';
import { VIEW_LIMITS } from '../../../src/view/view-limits';
import { viewMessages } from '../../../src/view/view-messages';

const refusal = (path: string, message: string) => ({ ok: false, problems: [{ kind: 'view-problem', path, message }] });

describe('parseViewText', () => {
  it('parses JSON (a byte-order mark allowed)', () => {
    expect(parseViewText('\uFEFF{"charts": []}')).toEqual({ ok: true, json: { charts: [] } });
  });

  it('refuses text that is not JSON', () => {
    const parsed = parseViewText('{"charts": [}');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0].path).toBe('$');
    expect(!parsed.ok && parsed.problems[0].message).toMatch(/^is not valid JSON/);
  });

  it('refuses nesting deeper than the cap before parsing, naming where, and ignores brackets inside strings', () => {
    const deep = `{"a": ${'['.repeat(VIEW_LIMITS.maxDepth)}${']'.repeat(VIEW_LIMITS.maxDepth)}}`;
    expect(parseViewText(deep)).toEqual(refusal('$', viewMessages.tooDeep(VIEW_LIMITS.maxDepth, 1, 7 + VIEW_LIMITS.maxDepth - 1)));
    const allowed = `${'['.repeat(VIEW_LIMITS.maxDepth)}${']'.repeat(VIEW_LIMITS.maxDepth)}`;
    expect(parseViewText(allowed).ok).toBe(true);
    expect(parseViewText(`{"s": "${'['.repeat(200)}\\"{{"}`).ok).toBe(true);
    expect(parseViewText(`{\n  "a":\n${'['.repeat(128)}${']'.repeat(128)}}`)).toEqual(refusal('$', viewMessages.tooDeep(VIEW_LIMITS.maxDepth, 3, VIEW_LIMITS.maxDepth)));
  });

  it('refuses a file over the size cap, counting UTF-8 bytes', () => {
    const big = `{"description": "${'é'.repeat(VIEW_LIMITS.maxBytes / 2)}"}`;
    const bytes = new TextEncoder().encode(big).length;
    expect(parseViewText(big)).toEqual(refusal('$', viewMessages.tooLarge(bytes, VIEW_LIMITS.maxBytes)));
  });

  it('refuses every "__proto__" key, at its path, and the parsed value never gets a foreign prototype', () => {
    const text = '{"__proto__": {"polluted": 1}, "charts": [{"id": "a", "__proto__": []}]}';
    expect(parseViewText(text)).toEqual({
      ok: false,
      problems: [
        { kind: 'view-problem', path: '$.__proto__', message: viewMessages.protoKey() },
        { kind: 'view-problem', path: '$.charts[0].__proto__', message: viewMessages.protoKey() },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
