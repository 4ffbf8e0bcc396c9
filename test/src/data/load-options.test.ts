import { describe, expect, it } from 'vitest';
import { DEFAULT_STALL_SECONDS, loadOptionsFrom } from '../../../src/data/load-options';
import { loadMessages } from '../../../src/data/load-messages';

describe('loadOptionsFrom', () => {
  it('waits the default time without a query parameter', () => {
    expect(loadOptionsFrom('?view=tpc-overview')).toEqual({ options: { stallMs: DEFAULT_STALL_SECONDS * 1000 } });
  });
  it('reads ?stallTimeout= in seconds, fractions included', () => {
    expect(loadOptionsFrom('?stallTimeout=120')).toEqual({ options: { stallMs: 120_000 } });
    expect(loadOptionsFrom('?view=x&stallTimeout=0.5')).toEqual({ options: { stallMs: 500 } });
  });
  it('keeps the default and says so for a value that is not seconds above 0', () => {
    for (const given of ['abc', '0', '-3', '', 'Infinity']) {
      expect(loadOptionsFrom(`?stallTimeout=${given}`)).toEqual({
        options: { stallMs: DEFAULT_STALL_SECONDS * 1000 },
        notice: loadMessages.badStallTimeout(given, DEFAULT_STALL_SECONDS),
      });
    }
  });
});
