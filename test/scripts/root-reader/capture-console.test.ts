import { expect, it } from 'vitest';
import { captureConsole } from '../../../scripts/root-reader/capture-console.js';

it('captureConsole collects what is logged meanwhile and puts the console back, on success and on failure', async () => {
  const original = console.warn;
  const ok = await captureConsole(async () => {
    console.log('Did not found class', 'TFoo');
    console.warn('Missmatch in TNamed:1 bytecount');
    return 42;
  });
  expect(ok).toEqual({ ok: true, value: 42, lines: ['Did not found class TFoo', 'Missmatch in TNamed:1 bytecount'] });
  const failed = await captureConsole(async () => {
    console.error('R__unzip: fail');
    throw new RangeError('Offset is outside the bounds of the DataView');
  });
  expect(failed).toMatchObject({ ok: false, lines: ['R__unzip: fail'] });
  expect(!failed.ok && (failed.error as Error).message).toBe('Offset is outside the bounds of the DataView');
  expect(console.warn).toBe(original);
});
