import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, jsonPathText } from '../../../scripts/pipeline/find-duplicate-keys';

describe('findDuplicateKeys', () => {
  it('finds a key repeated in one object, with its JSON path and line, at any depth', () => {
    const text = '{\n  "output": "a",\n  "sources": [\n    {"name": "x", "kind": "csv", "name": "y"},\n    {"name": "z"}\n  ],\n  "output": "b"\n}';
    expect(findDuplicateKeys(text)).toEqual([{ at: '$.sources[0].name', line: 4 }, { at: '$.output', line: 7 }]);
  });

  it('does not mix keys of sibling or nested objects', () => {
    expect(findDuplicateKeys('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}')).toEqual([]);
  });
});

describe('jsonPathText', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    expect(jsonPathText(['sources', 2, 'files', 0])).toBe('$.sources[2].files[0]');
    expect(jsonPathText([])).toBe('$');
  });
});
