/**
 * Fails each test of the calling file in which anything writes to the console.
 * jsroot reports problems there instead of throwing: unsupported branches
 * through console.warn/error, byte-count mismatches through console.log.
 * A read that "works" while jsroot complains is a read we cannot trust.
 */
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';

const LEVELS = ['log', 'warn', 'error'] as const;

/** Call once at the top level of a test file. */
export function expectQuietConsole(): void {
  let spies: MockInstance[] = [];
  beforeEach(() => {
    spies = LEVELS.map((level) => vi.spyOn(console, level));
  });
  afterEach(() => {
    const said = spies.flatMap((spy, i) => spy.mock.calls.map((args) => `console.${LEVELS[i]}: ${args.join(' ')}`));
    for (const spy of spies) spy.mockRestore();
    expect(said, 'console output during a read').toEqual([]);
  });
}
