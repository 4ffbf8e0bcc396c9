import { expect, it } from 'vitest';
import { catchLostRejections } from '../../../scripts/root-reader/catch-lost-rejections.js';

it('catchLostRejections returns the value of a run that settles', async () => {
  expect(await catchLostRejections(async () => 42)).toEqual({ ok: true, value: 42 });
});

it('catchLostRejections returns the error of a promise the run drops, though the run never settles', async () => {
  const damaged = new RangeError('Offset is outside the bounds of the DataView');
  const result = await catchLostRejections(() => {
    void Promise.resolve().then(() => { throw damaged; }); // dropped, as jsroot's treeProcess does
    return new Promise<number>(() => undefined);
  });
  expect(result).toEqual({ ok: false, lost: damaged });
});

it('catchLostRejections puts the process listeners back, in order, after either outcome', async () => {
  const before = process.listeners('unhandledRejection');
  await catchLostRejections(async () => 1);
  await catchLostRejections(() => {
    void Promise.reject(new Error('lost'));
    return new Promise<number>(() => undefined);
  });
  expect(process.listeners('unhandledRejection')).toEqual(before);
});

it('catchLostRejections lets a rejection of the run itself through to the caller', async () => {
  await expect(catchLostRejections(async () => { throw new Error('handled by the caller'); })).rejects.toThrow('handled by the caller');
});
