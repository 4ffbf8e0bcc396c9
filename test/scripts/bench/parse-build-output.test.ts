import { describe, expect, it } from 'vitest';
import { messages } from '../../../scripts/pipeline/messages';
import { parseBuildResources, parsePlainRead } from '../../../scripts/bench/parse-build-output';

describe('parseBuildResources', () => {
  it('reads the time and peak memory of the build\'s last line, as messages.resources writes it', () => {
    expect(parseBuildResources(`runs: 2\n${messages.resources(12.34, 1500 * 2 ** 20)}\n`)).toEqual({ seconds: 12.3, peakBytes: 1500 * 2 ** 20 });
  });
  it('is null when the build printed no such line', () => expect(parseBuildResources('runs: 2\n')).toBeNull());
});

describe('parsePlainRead', () => {
  it('reads the last JSON line and refuses one without the numbers', () => {
    expect(parsePlainRead('noise\n{"entries":5,"ms":1.5,"peakBytes":10}\n')).toEqual({ entries: 5, ms: 1.5, peakBytes: 10 });
    expect(() => parsePlainRead('{"entries":"5"}')).toThrow('bench: plain read printed');
  });
});
