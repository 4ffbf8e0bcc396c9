import { describe, expect, it } from 'vitest';
import { classifyCase } from '../../../scripts/fuzz/classify-case';
import type { CaseFacts } from '../../../scripts/fuzz/fuzz-case';

const FILE = 'scikit-hep-testdata/uproot-Zmumu-zlib.root';
const facts = (over: Partial<CaseFacts>): CaseFacts => ({
  exitCode: 0, errorLines: [], sameAsClean: false, unverifiedReported: false, outputsKept: true, noise: [], ...over,
});
const refusal = ["error: /tmp/t1/uproot-Zmumu-zlib.root: branch 'px1' basket 0: record at byte 1 is damaged: x. Copy the file again."];

describe('classifyCase', () => {
  it('accepts a refusal naming the file and the object, with the outputs kept', () => {
    const read = { kind: 'corrupt', file: '/tmp/t1/uproot-Zmumu-zlib.root', object: "branch 'px1' basket 0" };
    expect(classifyCase(facts({ exitCode: 1, errorLines: refusal, readError: read }), FILE)).toEqual({ ok: true, outcome: 'refused' });
    expect(classifyCase(facts({ exitCode: 1, errorLines: ['error: uproot-Zmumu-zlib.root:events has no key column "Event"'] }), FILE)).toEqual({ ok: true, outcome: 'refused' });
  });

  it('accepts a build with the clean values, or with other values and an unverified-integrity report', () => {
    expect(classifyCase(facts({ sameAsClean: true }), FILE)).toEqual({ ok: true, outcome: 'same values' });
    expect(classifyCase(facts({ unverifiedReported: true }), FILE)).toEqual({ ok: true, outcome: 'flagged unverified' });
    expect(classifyCase(facts({ sameAsClean: true, unverifiedReported: true }), FILE)).toEqual({ ok: true, outcome: 'same values' });
  });

  it.each([
    ['exit code 3', facts({ exitCode: 3, errorLines: ['TypeError: x'] })],
    ['values changed without an unverified-integrity report', facts({})],
    ['error does not name the file', facts({ exitCode: 1, errorLines: ['error: something broke'] })],
    ['error does not name the object', facts({ exitCode: 1, errorLines: refusal, readError: { kind: 'corrupt', file: FILE, object: '' } })],
    ['outputs replaced by a failed build', facts({ exitCode: 1, errorLines: refusal, outputsKept: false })],
    ['console output', facts({ sameAsClean: true, noise: ['console.log: Did not found class TFoo'] })],
  ])('fails a case with %s', (failure, f) => {
    expect(classifyCase(f, FILE)).toMatchObject({ ok: false, failure });
  });
});
