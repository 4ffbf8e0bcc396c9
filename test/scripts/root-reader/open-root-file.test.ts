import { expect, it, vi } from 'vitest';
import { openRootFile } from '../../../scripts/root-reader/open-root-file.js';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file.js';

it('openRootFile opens bytes that fill their buffer, and a view into a larger buffer', async () => {
  const file = writeRootFile([{ name: 't', entries: 1, branches: [{ name: 'x', type: 'Int_t', values: [7] }] }]);
  expect((await openRootFile(file)).fKeys.map((k) => k.fName)).toEqual(['t', 'StreamerInfo']);
  const padded = new Uint8Array(file.length + 20);
  padded.set(file, 10);
  expect((await openRootFile(padded.subarray(10, 10 + file.length))).fKeys.map((k) => [k.fName, k.fClassName])).toEqual([['t', 'TTree'], ['StreamerInfo', 'TList']]);
});

it('openRootFile rejects when jsroot cannot parse the bytes', async () => {
  const bytes = new Uint8Array(1000);
  bytes.set([0x72, 0x6f, 0x6f, 0x74]); // 'root' magic, nothing else
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await expect(openRootFile(bytes)).rejects.toBeInstanceOf(Error);
  error.mockRestore();
});
