import Ajv from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { AJV_OPTIONS, quietLogger } from '../../../scripts/schema/ajv-options';

describe('AJV_OPTIONS', () => {
  it('report every error, not the first', () => {
    const validate = new Ajv(AJV_OPTIONS).compile({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, additionalProperties: false });
    expect(validate({ a: 1, b: 2, c: 3 })).toBe(false);
    expect(validate.errors).toHaveLength(3);
  });

  it('the quiet logger drops only the notice about the unicode option', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    quietLogger.warn('DEPRECATED: option unicode. …');
    quietLogger.warn('something else');
    expect(warn.mock.calls).toEqual([['something else']]);
    warn.mockRestore();
  });
});
