import { describe, expect, it } from 'vitest';
import { isRootReadError, RootReadError } from '../../../scripts/root-reader/root-read-error.js';

describe('RootReadError', () => {
  it('keeps kind, file, object, hint and cause, and puts them in the message', () => {
    const cause = new Error('inner');
    const error = new RootReadError({ kind: 'corrupt', file: 'a.root', object: "branch 'x' basket 2", message: 'bad block.', hint: 'Copy it again.', cause });
    expect([error.kind, error.file, error.object, error.hint, error.cause, error.name]).toEqual(['corrupt', 'a.root', "branch 'x' basket 2", 'Copy it again.', cause, 'RootReadError']);
    expect(error.message).toBe("a.root: branch 'x' basket 2: bad block. Copy it again.");
    expect(isRootReadError(error)).toBe(true);
    expect(isRootReadError(cause)).toBe(false);
  });

  it('leaves the object out of the message when the error is about the whole file', () => {
    expect(new RootReadError({ kind: 'missing-file', file: 'b.root', object: '', message: 'no such file.', hint: 'Check it.' }).message).toBe('b.root: no such file. Check it.');
  });
});
